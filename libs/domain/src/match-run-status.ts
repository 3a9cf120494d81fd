export enum MatchRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** Stopped by a coordinator (cancelMatchRun) before it wrote anything. */
  CANCELLED = 'CANCELLED',
}

/** A run in one of these states will not change again. */
export const FINISHED_MATCH_RUN_STATUSES: readonly MatchRunStatus[] = [
  MatchRunStatus.SUCCEEDED,
  MatchRunStatus.FAILED,
  MatchRunStatus.CANCELLED,
];
