import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { type Job } from 'bullmq';

import { type LogContext, withLogContext } from '@app/logging';
import { type MatchJobOutcome, MatchJobService } from '@app/match-runs';
import { JobName, type MatchRunJobData, QueueName } from '@app/queue';

/** Thin BullMQ processor: hands each match run job to the match-runs library. */
@Processor(QueueName.MATCHING)
export class MatchRunProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchRunProcessor.name);
  /** The run being executed (concurrency 1), for the shutdown log. */
  private currentRunId: string | undefined;

  constructor(private readonly matchJobs: MatchJobService) {
    super();
  }

  /** Every line logged while a job runs carries its run id, job id and the queuing request's id. */
  process(job: Job<MatchRunJobData>): Promise<MatchJobOutcome | undefined> {
    return withLogContext(logContextOf(job), () => this.processInContext(job));
  }

  private async processInContext(job: Job<MatchRunJobData>): Promise<MatchJobOutcome | undefined> {
    if (job.name !== JobName.MATCH_RUN) {
      this.logger.warn(`Skipping unknown job ${job.name} (${job.id})`);
      return undefined;
    }
    this.currentRunId = job.data.runId;
    this.logger.log(`Match run ${job.data.runId}: attempt ${job.attemptsMade + 1} started`);
    try {
      return await this.matchJobs.run(job.data, (progress) => job.updateProgress({ ...progress }));
    } catch (error) {
      // BullMQ retries with backoff; after the last attempt the run is FAILED, with the reason.
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.error(
        `Match run ${job.data.runId} attempt ${job.attemptsMade + 1} failed: ${(error as Error).message}`,
      );
      if (lastAttempt) await this.matchJobs.fail(job.data.runId, (error as Error).message);
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
  async onFailed(job: Job<MatchRunJobData> | undefined, error: Error): Promise<void> {
    if (job?.name !== JobName.MATCH_RUN || !job.deferredFailure) return;
    await withLogContext(logContextOf(job), () => this.failAbandoned(job, error));
  }

  private async failAbandoned(job: Job<MatchRunJobData>, error: Error): Promise<void> {
    const reason = `Abandoned: the worker running it stopped ${job.stalledCounter} times (${error.message})`;
    this.logger.error(`Match run ${job.data.runId} failed: ${reason}`);
    await this.matchJobs.fail(job.data.runId, reason).catch((failure: Error) => {
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

function logContextOf(job: Job<Partial<MatchRunJobData>>): LogContext {
  return { requestId: job.data.requestId, runId: job.data.runId, jobId: job.id };
}
