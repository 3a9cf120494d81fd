import { listOrdering, sortOn } from '@app/common';

import { type Notification } from './notification.entity';

export const NOTIFICATION_ORDERING = listOrdering<Notification>()('Notification', 'notification', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was written (default DESC: newest first)',
  ),
});
