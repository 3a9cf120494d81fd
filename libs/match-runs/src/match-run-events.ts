import { FINISHED_MATCH_RUN_STATUSES, MatchRunStatus } from '@app/domain';

import { type MatchRunProgress } from './jobs/matching-jobs';
import { type MatchRun } from './match-run.entity';

/** Pubsub topic of one run's updates (`matchRunUpdated`). */
export function matchRunTopic(runId: string): string {
  return `MATCH_RUN_UPDATED.${runId}`;
}

/** Pubsub topic of every run's updates (`matchRunsUpdated`). */
export const MATCH_RUNS_TOPIC = 'MATCH_RUNS_UPDATED';

/** SUCCEEDED, FAILED or CANCELLED: nothing more will happen to the run. */
export function isFinished(run: Pick<MatchRun, 'status'>): boolean {
  return FINISHED_MATCH_RUN_STATUSES.includes(run.status);
}

/** What a subscriber sees of a run; an update that changes none of it is not sent again. */
export function stateOf(run: MatchRun): string {
  return JSON.stringify([run.status, run.progress, run.phase, run.error, run.stats]);
}

/** The progress object the worker hands to `job.updateProgress`, if `data` is one. */
export function reportedProgress(data: unknown): MatchRunProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { runId, progress, phase } = data as Partial<MatchRunProgress>;
  return typeof runId === 'string' && typeof progress === 'number' && typeof phase === 'string'
    ? { runId, progress, phase }
    : undefined;
}

/**
 * The worker reports progress to the queue and writes it to the run's row without waiting for
 * either, so the row read after a progress event may still hold the previous step: the reported
 * step wins while the run is RUNNING and the report is ahead of the row.
 */
export function withReportedProgress(run: MatchRun, reported?: MatchRunProgress): MatchRun {
  if (
    !reported ||
    reported.runId !== run.id ||
    run.status !== MatchRunStatus.RUNNING ||
    reported.progress <= run.progress
  ) {
    return run;
  }
  return { ...run, progress: reported.progress, phase: reported.phase };
}

const STATUS_ORDER: Record<MatchRunStatus, number> = {
  [MatchRunStatus.QUEUED]: 0,
  [MatchRunStatus.RUNNING]: 1,
  [MatchRunStatus.SUCCEEDED]: 2,
  [MatchRunStatus.FAILED]: 2,
  [MatchRunStatus.CANCELLED]: 2,
};

/**
 * Whether `run` is an older state of the run than `than`: an earlier status, an earlier attempt
 * (each attempt stamps `startedAt` anew and starts again from 0 %), or less progress in the same
 * attempt. `updatedAt` cannot tell: PostgreSQL stamps a row with its transaction's start time.
 */
export function isBehind(run: MatchRun, than: MatchRun): boolean {
  const status = STATUS_ORDER[run.status] - STATUS_ORDER[than.status];
  if (status !== 0) return status < 0;
  if (run.status !== MatchRunStatus.RUNNING) return false;
  const attempt = (run.startedAt?.getTime() ?? 0) - (than.startedAt?.getTime() ?? 0);
  return attempt !== 0 ? attempt < 0 : run.progress < than.progress;
}

/**
 * One subscriber's stream of a run: its current state at once, then every update that changes
 * what the subscriber sees, ending after the run is SUCCEEDED, FAILED or CANCELLED (at once if it already
 * is). An update published between subscribing and reading the current state may be older than
 * that state: it is dropped.
 */
export async function* followRun(
  current: MatchRun,
  updates: AsyncIterable<MatchRun>,
): AsyncGenerator<MatchRun, void, undefined> {
  let last = current;
  yield current;
  if (isFinished(current)) return;
  for await (const run of updates) {
    if (isBehind(run, last) || stateOf(run) === stateOf(last)) continue;
    last = run;
    yield run;
    if (isFinished(run)) return;
  }
}
