import { type DefaultJobOptions } from 'bullmq';

/** Every queue of the service, named once. */
export enum QueueName {
  MATCHING = 'matching',
}

/** Every job name, named once. */
export enum JobName {
  MATCH_RUN = 'match-run',
}

/**
 * Payload of a match run job: the run's id (also the job's id); the worker reloads everything
 * else. An automatic run carries why it was scheduled; its run row is created by the worker when
 * the job starts, because debouncing may replace the job many times before then.
 */
export interface MatchRunJobData {
  runId: string;
  automatic?: { reason: string };
  /**
   * The id of the HTTP request that queued the run (for an automatic run, of the last change
   * that rescheduled it), so the worker's log lines can be found from the request's. Absent when
   * queued outside a request (CLI, tests).
   */
  requestId?: string;
}

/** A run's progress as the worker reports it to the queue (BullMQ job progress). */
export interface MatchRunProgress {
  runId: string;
  progress: number;
  phase: string;
}

/** Retry, backoff and retention for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
