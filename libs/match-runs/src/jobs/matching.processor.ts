import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { WaitingChildrenError } from 'bullmq';

import { type LogContext, withLogContext } from '@app/logging';
import { QueueName } from '@app/queue';
import { RequestContext } from '@app/request-context';

import { measureEventLoopDelay } from './event-loop-delay';
import { MatchPartitionJob } from './match-partition.job';
import { MatchRunExecutor } from './match-run-executor';
import { MatchRunJob } from './match-run.job';
import { type MatchingJob, MatchingJobName, type MatchPartitionJobData } from './matching-jobs';

/**
 * The matching queue's BullMQ processor: hands each job to its class (MatchRunJob,
 * MatchPartitionJob) with the job's own RequestContext (no user; the queuing request's id), with
 * the job's ids on every log line; marks the run FAILED once a job has
 * failed for good; logs the event loop's delay during each job; lets the job in hand finish on
 * shutdown.
 */
@Processor(QueueName.MATCHING)
export class MatchingProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingProcessor.name);
  /** The run being executed (concurrency 1), for the shutdown log. */
  private currentRunId: string | undefined;

  constructor(
    private readonly executor: MatchRunExecutor,
    private readonly runJob: MatchRunJob,
    private readonly partitionJob: MatchPartitionJob,
  ) {
    super();
  }

  /** Every line logged while a job runs carries its run id, job id and the queuing request's id. */
  process(job: MatchingJob, token?: string): Promise<unknown> {
    return withLogContext(logContextOf(job), () => this.processInContext(job, token));
  }

  private async processInContext(job: MatchingJob, token?: string): Promise<unknown> {
    if (!Object.values<string>(MatchingJobName).includes(job.name)) {
      this.logger.warn(`Skipping unknown job ${job.name} (${job.id})`);
      return undefined;
    }
    this.currentRunId = job.data.runId;
    const ctx = contextOf(job);
    try {
      const { result, delay } = await measureEventLoopDelay<unknown>(() =>
        job.name === MatchingJobName.MATCH_RUN
          ? this.runJob.process(ctx, job, token)
          : this.partitionJob.process(ctx, job),
      );
      const outcome = typeof result === 'string' ? result : result ? 'solved' : 'cancelled';
      this.logger.log(
        `${describeJob(job)}: ${outcome}; event loop delay p50 ${delay.p50Ms} ms, p99 ${delay.p99Ms} ms, max ${delay.maxMs} ms (${delay.samples} samples)`,
      );
      return result;
    } catch (error) {
      if (error instanceof WaitingChildrenError) throw error;
      // BullMQ retries with backoff; after the last attempt the run is FAILED, with the reason.
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const what = describeJob(job);
      this.logger.error(
        `${what} attempt ${job.attemptsMade + 1} failed: ${(error as Error).message}`,
      );
      // A partition that fails for good fails its run (failParentOnFailure fails the run's job).
      if (lastAttempt)
        await this.executor.fail(
          ctx,
          job.data.runId,
          job.name === MatchingJobName.MATCH_RUN
            ? (error as Error).message
            : `${what} failed: ${(error as Error).message}`,
        );
      throw error;
    } finally {
      this.currentRunId = undefined;
    }
  }

  /**
   * A job whose workers died once too often (stalled more than BullMQ allows) is failed by the next
   * worker without calling `process`, so its run is marked FAILED here: it would stay RUNNING.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: MatchingJob | undefined, error: Error): Promise<void> {
    if (!job || !job.deferredFailure) return;
    if (!Object.values<string>(MatchingJobName).includes(job.name)) return;
    await withLogContext(logContextOf(job), () => this.failAbandoned(job, error));
  }

  private async failAbandoned(job: MatchingJob, error: Error): Promise<void> {
    // A run's job fails this way too when one of its partitions failed for good (BullMQ's
    // failParentOnFailure: "child … failed"); the partition's failure gave the run its reason.
    const partitionFailed =
      job.name === MatchingJobName.MATCH_RUN && error.message.startsWith('child ');
    const reason = partitionFailed
      ? `A partition failed (${error.message})`
      : `Abandoned: the worker running ${job.name === MatchingJobName.MATCH_RUN ? 'it' : describeJob(job)} stopped ${job.stalledCounter} times (${error.message})`;
    this.logger.error(`Match run ${job.data.runId} failed: ${reason}`);
    await this.executor.fail(contextOf(job), job.data.runId, reason).catch((failure: Error) => {
      this.logger.error(`Could not mark match run ${job.data.runId} FAILED: ${failure.message}`);
    });
  }

  /**
   * Graceful shutdown: stop taking jobs and let the current one finish. @nestjs/bullmq closes the
   * worker too, but in onApplicationShutdown, the hook in which TypeORM closes its connections, in
   * an order that depends on how deep each module sits: the job could lose its database mid-write.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.currentRunId)
      this.logger.log(`Finishing match run ${this.currentRunId}, then stopping`);
    await this.worker.close();
    this.logger.log('Worker closed');
  }
}

function describeJob(job: MatchingJob): string {
  if (job.name !== MatchingJobName.MATCH_PARTITION) return `Match run ${job.data.runId}`;
  const { runId, index, category } = job.data as MatchPartitionJobData;
  return `Match run ${runId}: partition ${index} (${category})`;
}

/** Each job (each attempt) acts in a context of its own. */
function contextOf(job: MatchingJob): RequestContext {
  return RequestContext.forJob(job.id ?? job.data.runId, job.data.requestId);
}

function logContextOf(job: MatchingJob): LogContext {
  return { requestId: job.data.requestId, runId: job.data.runId, jobId: job.id };
}
