import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type Proposal } from './proposal.entity';

/**
 * The orderings of the proposals list; every expression is NOT NULL with an (expression, id)
 * index. A run writes its proposals in one transaction, so they share `created_at`: the id breaks
 * those ties.
 */
export const PROPOSAL_ORDERING = listOrdering<Proposal>()('Proposal', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'proposal.created_at',
      (proposal) => proposal.createdAt,
      'When its run wrote it (default DESC: newest first)',
    ),
    SCORE: sortOn(
      'float',
      'proposal.score',
      (proposal) => proposal.score,
      'Score in (0, 1] (default DESC: best first)',
    ),
    QUANTITY: sortOn(
      'integer',
      'proposal.quantity',
      (proposal) => proposal.quantity,
      'Quantity proposed (default DESC)',
    ),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'proposal.id',
  idOf: (proposal) => proposal.id,
});

export const ProposalSortField = PROPOSAL_ORDERING.sortFields;
export type ProposalSortField = keyof typeof PROPOSAL_ORDERING.sortFields;
export const ProposalOrderBy = PROPOSAL_ORDERING.orderBy;
