import { listOrdering, SortDirection } from '@app/common';

import { type Proposal } from './proposal.entity';

/**
 * The orderings of the proposals list; every expression is NOT NULL with an (expression, id)
 * index. A run writes its proposals in one transaction, so they share `created_at`: the id breaks
 * those ties.
 */
export const PROPOSAL_ORDERING = listOrdering<Proposal>()('Proposal', {
  fields: {
    CREATED_AT: {
      description: 'When its run wrote it (default DESC: newest first)',
      expression: 'proposal.created_at',
      type: 'timestamptz',
      valueOf: (proposal) => proposal.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
    SCORE: {
      description: 'Score in (0, 1] (default DESC: best first)',
      expression: 'proposal.score',
      type: 'float',
      valueOf: (proposal) => String(proposal.score),
      defaultDirection: SortDirection.DESC,
    },
    QUANTITY: {
      description: 'Quantity proposed (default DESC)',
      expression: 'proposal.quantity',
      type: 'integer',
      valueOf: (proposal) => String(proposal.quantity),
      defaultDirection: SortDirection.DESC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'proposal.id',
  idOf: (proposal) => proposal.id,
});

export const ProposalSortField = PROPOSAL_ORDERING.sortFields;
export type ProposalSortField = keyof typeof PROPOSAL_ORDERING.sortFields;
export const ProposalOrderBy = PROPOSAL_ORDERING.orderBy;
