import { listOrdering, SortDirection } from '@app/common';

import { type MatchRun } from './match-run.entity';

export const MATCH_RUN_ORDERING = listOrdering<MatchRun>()('MatchRun', {
  fields: {
    CREATED_AT: {
      description: 'When it was queued (default DESC: newest first)',
      expression: 'run.created_at',
      type: 'timestamptz',
      valueOf: (run) => run.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'run.id',
  idOf: (run) => run.id,
});

export const MatchRunSortField = MATCH_RUN_ORDERING.sortFields;
export type MatchRunSortField = keyof typeof MATCH_RUN_ORDERING.sortFields;
export const MatchRunOrderBy = MATCH_RUN_ORDERING.orderBy;
