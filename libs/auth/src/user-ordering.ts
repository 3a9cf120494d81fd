import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type User } from './user.entity';

export const USER_ORDERING = listOrdering<User>()('User', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'account.created_at',
      (user) => user.createdAt,
      'When the account was created (default DESC: newest first)',
    ),
    EMAIL: sortOn('text', 'account.email', (user) => user.email, 'Email, A to Z by default'),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'account.id',
  idOf: (user) => user.id,
});

export const UserSortField = USER_ORDERING.sortFields;
export type UserSortField = keyof typeof USER_ORDERING.sortFields;
export const UserOrderBy = USER_ORDERING.orderBy;
