import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type MatchRun } from './match-run.entity';

export const MATCH_RUN_ORDERING = listOrdering<MatchRun>()('MatchRun', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'run.created_at',
      (run) => run.createdAt,
      'When it was queued (default DESC: newest first)',
    ),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'run.id',
  idOf: (run) => run.id,
});

export const MatchRunSortField = MATCH_RUN_ORDERING.sortFields;
export type MatchRunSortField = keyof typeof MATCH_RUN_ORDERING.sortFields;
export const MatchRunOrderBy = MATCH_RUN_ORDERING.orderBy;
