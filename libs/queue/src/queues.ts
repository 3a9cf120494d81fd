import { type DefaultJobOptions } from 'bullmq';

/**
 * Every queue of the service, named once (health, metrics and the queue dashboard watch each).
 * The jobs of a queue, and their payloads, belong to the feature that runs them (the matching
 * queue's: libs/match-runs/src/jobs).
 */
export enum QueueName {
  MATCHING = 'matching',
  /** E-mails of the notifications outbox, digests, reminders (libs/notifications/src/jobs). */
  NOTIFICATIONS = 'notifications',
}

/** Retry, backoff and retention for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
