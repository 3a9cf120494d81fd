import { type DefaultJobOptions } from 'bullmq';

/** Every queue of the service, named once. */
export enum QueueName {
  MATCHING = 'matching',
}

/** Every job name, named once. */
export enum JobName {
  MATCH_RUN = 'match-run',
}

/** Payload of a match run job: ids and minimal context only; the worker reloads the data. */
export interface MatchRunJobData {
  /** Who or what asked for the run (a user, `api`, `schedule`). */
  requestedBy: string;
  requestedAt: string;
}

/** Retry, backoff and retention for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
