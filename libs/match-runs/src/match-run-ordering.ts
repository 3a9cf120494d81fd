import { listOrdering, sortOn } from '@app/common';

import { type MatchRun } from './match-run.entity';

export const MATCH_RUN_ORDERING = listOrdering<MatchRun>()('MatchRun', 'run', {
  CREATED_AT: sortOn('timestamptz', 'createdAt', 'When it was queued (default DESC: newest first)'),
});
