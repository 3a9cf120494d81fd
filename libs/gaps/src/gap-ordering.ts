import { listOrdering, SortDirection } from '@app/common';
import { Priority } from '@app/domain';

import { type CapabilityGap } from './capability-gap.entity';

/**
 * The orderings of the gaps list. Every expression is NOT NULL and has a (expression, id) index;
 * the priority enum is declared CRITICAL first, so priority DESC is the enum's ascending order.
 */
export const GAP_ORDERING = listOrdering<CapabilityGap>()('Gap', {
  fields: {
    CREATED_AT: {
      description: 'When it was logged (default direction DESC: newest first)',
      expression: 'gap.created_at',
      type: 'timestamptz',
      valueOf: (gap) => gap.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
    NEEDED_BY: {
      description: 'End of the needed-by window (default ASC: most urgent first)',
      expression: 'gap.needed_by',
      type: 'date',
      valueOf: (gap) => gap.neededBy,
      defaultDirection: SortDirection.ASC,
    },
    PRIORITY: {
      description: 'CRITICAL > HIGH > MEDIUM > LOW (default DESC: CRITICAL first)',
      expression: 'gap.priority',
      type: { enumName: 'priority', values: Object.values(Priority) },
      valueOf: (gap) => gap.priority,
      defaultDirection: SortDirection.DESC,
      inverted: true,
    },
    QUANTITY: {
      description: 'Quantity needed (default DESC)',
      expression: 'gap.quantity',
      type: 'integer',
      valueOf: (gap) => String(gap.quantity),
      defaultDirection: SortDirection.DESC,
    },
    REMAINING: {
      description: 'Still to match: quantity − reserved − confirmed (default DESC)',
      expression: '(gap.quantity - gap.reserved_quantity - gap.confirmed_quantity)',
      type: 'integer',
      valueOf: (gap) => String(gap.remainingQuantity),
      defaultDirection: SortDirection.DESC,
    },
    TITLE: {
      description: 'Title, A to Z by default',
      expression: 'gap.title',
      type: 'text',
      valueOf: (gap) => gap.title,
      defaultDirection: SortDirection.ASC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'gap.id',
  idOf: (gap) => gap.id,
});

export const GapSortField = GAP_ORDERING.sortFields;
export type GapSortField = keyof typeof GAP_ORDERING.sortFields;
export const GapOrderBy = GAP_ORDERING.orderBy;
