import { listOrdering, SortDirection } from '@app/common';

import { type User } from './user.entity';

export const USER_ORDERING = listOrdering<User>()('User', {
  fields: {
    CREATED_AT: {
      description: 'When the account was created (default DESC: newest first)',
      expression: 'account.created_at',
      type: 'timestamptz',
      valueOf: (user) => user.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
    EMAIL: {
      description: 'Email, A to Z by default',
      expression: 'account.email',
      type: 'text',
      valueOf: (user) => user.email,
      defaultDirection: SortDirection.ASC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'account.id',
  idOf: (user) => user.id,
});

export const UserSortField = USER_ORDERING.sortFields;
export type UserSortField = keyof typeof USER_ORDERING.sortFields;
export const UserOrderBy = USER_ORDERING.orderBy;
