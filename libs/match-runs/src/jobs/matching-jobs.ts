import { type Job } from 'bullmq';

import { type PartitionInput, type PartitionOutput } from '@app/matching';

/** The jobs of the matching queue, named once. */
export enum MatchingJobName {
  MATCH_RUN = 'match-run',
  /** One category of a large run, a child of its run's job (any worker may take it). */
  MATCH_PARTITION = 'match-partition',
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
  /**
   * Set once the run has been split into a child job per category (the step after which the job
   * waits for its children, then assembles their results and writes the run).
   */
  split?: MatchRunSplit;
}

/** What the split step of a distributed run leaves for its assemble step. */
export interface MatchRunSplit {
  /** Child jobs (one per category). */
  partitions: number;
  /** When the run started (ms since the epoch) and how long loading took, for the run's stats. */
  startedAt: number;
  loadMs: number;
}

/** Payload of a partition job: one category of a run, solved by whichever worker takes it. */
export interface MatchPartitionJobData {
  runId: string;
  requestId?: string;
  index: number;
  /** Partitions of the run in all. */
  count: number;
  category: string;
  input: PartitionInput;
}

/** What a partition job returns to its run's job (BullMQ stores it as JSON). */
export interface MatchPartitionJobResult {
  /** The worker process that solved it (`host:pid`). */
  worker: string;
  output: PartitionOutput;
}

/** A job of the matching queue, told apart by its name. */
export type MatchingJob =
  | Job<MatchRunJobData, unknown, MatchingJobName.MATCH_RUN>
  | Job<MatchPartitionJobData, unknown, MatchingJobName.MATCH_PARTITION>;

/** Deterministic id of a partition job, so a retried split never adds a partition twice. */
export function partitionJobId(runId: string, index: number): string {
  return `${runId}-p${index}`;
}

/** A run's progress as the worker reports it to the queue (BullMQ job progress). */
export interface MatchRunProgress {
  runId: string;
  progress: number;
  phase: string;
}
