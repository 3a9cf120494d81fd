import { listOrdering, SortDirection } from '@app/common';

import { type Partnership } from './partnership.entity';

/** The orderings of the partnerships list; every expression is NOT NULL with an (expression, id) index. */
export const PARTNERSHIP_ORDERING = listOrdering<Partnership>()('Partnership', {
  fields: {
    CREATED_AT: {
      description: 'When it was confirmed (default DESC: newest first)',
      expression: 'partnership.created_at',
      type: 'timestamptz',
      valueOf: (partnership) => partnership.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
    QUANTITY: {
      description: 'Units committed (default DESC)',
      expression: 'partnership.quantity',
      type: 'integer',
      valueOf: (partnership) => String(partnership.quantity),
      defaultDirection: SortDirection.DESC,
    },
    DELIVERED_QUANTITY: {
      description: 'Units delivered so far (default DESC)',
      expression: 'partnership.delivered_quantity',
      type: 'integer',
      valueOf: (partnership) => String(partnership.deliveredQuantity),
      defaultDirection: SortDirection.DESC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'partnership.id',
  idOf: (partnership) => partnership.id,
});

export const PartnershipSortField = PARTNERSHIP_ORDERING.sortFields;
export type PartnershipSortField = keyof typeof PARTNERSHIP_ORDERING.sortFields;
export const PartnershipOrderBy = PARTNERSHIP_ORDERING.orderBy;
