import { listOrdering, SortDirection, sortOn } from '@app/common';
import { Priority } from '@app/domain';

import { type CapabilityGap } from './capability-gap.entity';

/**
 * The orderings of the gaps list. Every expression is NOT NULL and has a (expression, id) index;
 * the priority enum is declared CRITICAL first, so priority DESC is the enum's ascending order.
 */
export const GAP_ORDERING = listOrdering<CapabilityGap>()('Gap', 'gap', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was logged (default direction DESC: newest first)',
  ),
  NEEDED_BY: sortOn(
    'date',
    'neededBy',
    'End of the needed-by window (default ASC: most urgent first)',
  ),
  PRIORITY: {
    description: 'CRITICAL > HIGH > MEDIUM > LOW (default DESC: CRITICAL first)',
    expression: 'gap.priority',
    type: { enumName: 'priority', values: Object.values(Priority) },
    valueOf: (gap) => gap.priority,
    reads: ['priority'],
    defaultDirection: SortDirection.DESC,
    inverted: true,
  },
  QUANTITY: sortOn('integer', 'quantity', 'Quantity needed (default DESC)'),
  REMAINING: {
    description: 'Still to match: quantity − reserved − confirmed (default DESC)',
    expression: '(gap.quantity - gap.reserved_quantity - gap.confirmed_quantity)',
    type: 'integer',
    valueOf: (gap) => String(gap.remainingQuantity),
    reads: ['quantity', 'reservedQuantity', 'confirmedQuantity'],
    defaultDirection: SortDirection.DESC,
  },
  TITLE: sortOn('text', 'title', 'Title, A to Z by default'),
});
