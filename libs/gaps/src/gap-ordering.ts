import { listOrdering, SortDirection, sortOn } from '@app/common';
import { Priority } from '@app/domain';

import { type CapabilityGap } from './capability-gap.entity';

/**
 * The orderings of the gaps list. Every expression is NOT NULL and has a (expression, id) index;
 * the priority enum is declared CRITICAL first, so priority DESC is the enum's ascending order.
 */
export const GAP_ORDERING = listOrdering<CapabilityGap>()('Gap', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'gap.created_at',
      (gap) => gap.createdAt,
      'When it was logged (default direction DESC: newest first)',
    ),
    NEEDED_BY: sortOn(
      'date',
      'gap.needed_by',
      (gap) => gap.neededBy,
      'End of the needed-by window (default ASC: most urgent first)',
    ),
    PRIORITY: {
      description: 'CRITICAL > HIGH > MEDIUM > LOW (default DESC: CRITICAL first)',
      expression: 'gap.priority',
      type: { enumName: 'priority', values: Object.values(Priority) },
      valueOf: (gap) => gap.priority,
      defaultDirection: SortDirection.DESC,
      inverted: true,
    },
    QUANTITY: sortOn(
      'integer',
      'gap.quantity',
      (gap) => gap.quantity,
      'Quantity needed (default DESC)',
    ),
    REMAINING: sortOn(
      'integer',
      '(gap.quantity - gap.reserved_quantity - gap.confirmed_quantity)',
      (gap) => gap.remainingQuantity,
      'Still to match: quantity − reserved − confirmed (default DESC)',
    ),
    TITLE: sortOn('text', 'gap.title', (gap) => gap.title, 'Title, A to Z by default'),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'gap.id',
  idOf: (gap) => gap.id,
});

export const GapSortField = GAP_ORDERING.sortFields;
export type GapSortField = keyof typeof GAP_ORDERING.sortFields;
export const GapOrderBy = GAP_ORDERING.orderBy;
