import { allow } from '@app/access';
import { ALL_ROLES } from '@app/domain';

/**
 * Every signed-in user reads, marks and subscribes to their own notifications only, and sets
 * their own preferences: the service keys every query on the caller's user id, never an argument.
 */
export const NotificationPolicy = {
  own: allow(...ALL_ROLES),
};
