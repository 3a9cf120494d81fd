import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type Partnership } from './partnership.entity';

/** The orderings of the partnerships list; every expression is NOT NULL with an (expression, id) index. */
export const PARTNERSHIP_ORDERING = listOrdering<Partnership>()('Partnership', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'partnership.created_at',
      (partnership) => partnership.createdAt,
      'When it was confirmed (default DESC: newest first)',
    ),
    QUANTITY: sortOn(
      'integer',
      'partnership.quantity',
      (partnership) => partnership.quantity,
      'Units committed (default DESC)',
    ),
    DELIVERED_QUANTITY: sortOn(
      'integer',
      'partnership.delivered_quantity',
      (partnership) => partnership.deliveredQuantity,
      'Units delivered so far (default DESC)',
    ),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'partnership.id',
  idOf: (partnership) => partnership.id,
});

export const PartnershipSortField = PARTNERSHIP_ORDERING.sortFields;
export type PartnershipSortField = keyof typeof PARTNERSHIP_ORDERING.sortFields;
export const PartnershipOrderBy = PARTNERSHIP_ORDERING.orderBy;
