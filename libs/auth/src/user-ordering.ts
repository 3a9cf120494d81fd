import { listOrdering, sortOn } from '@app/common';

import { type User } from './user.entity';

export const USER_ORDERING = listOrdering<User>()('User', 'account', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When the account was created (default DESC: newest first)',
  ),
  EMAIL: sortOn('text', 'email', 'Email, A to Z by default'),
});
