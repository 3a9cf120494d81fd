import { listOrdering, sortOn } from '@app/common';

import { type Proposal } from './proposal.entity';

/**
 * The orderings of the proposals list; every expression is NOT NULL with an (expression, id)
 * index. A run writes its proposals in one transaction, so they share `created_at`: the id breaks
 * those ties.
 */
export const PROPOSAL_ORDERING = listOrdering<Proposal>()('Proposal', 'proposal', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When its run wrote it (default DESC: newest first)',
  ),
  SCORE: sortOn('float', 'score', 'Score in (0, 1] (default DESC: best first)'),
  QUANTITY: sortOn('integer', 'quantity', 'Quantity proposed (default DESC)'),
});
