import { listOrdering, sortOn } from '@app/common';

import { type Partnership } from './partnership.entity';

/** The orderings of the partnerships list; every expression is NOT NULL with an (expression, id) index. */
export const PARTNERSHIP_ORDERING = listOrdering<Partnership>()('Partnership', 'partnership', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was confirmed (default DESC: newest first)',
  ),
  QUANTITY: sortOn('integer', 'quantity', 'Units committed (default DESC)'),
  DELIVERED_QUANTITY: sortOn(
    'integer',
    'deliveredQuantity',
    'Units delivered so far (default DESC)',
  ),
});
