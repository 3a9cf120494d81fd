import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { type Job, type Queue, WaitingChildrenError } from 'bullmq';

import { type LogContext, withLogContext } from '@app/logging';
import { type MatchJobOutcome, MatchJobService } from '@app/match-runs';
import { type CategoryPartition } from '@app/matching';
import {
  JobName,
  type MatchPartitionJobData,
  type MatchPartitionJobResult,
  type MatchRunJobData,
  type MatchRunSplit,
  partitionJobId,
  QueueName,
  workerName,
} from '@app/queue';

import { measureEventLoopDelay } from './event-loop-delay';

type MatchingJob = Job<MatchRunJobData> | Job<MatchPartitionJobData>;

/**
 * Thin BullMQ processor: hands each match run job to the match-runs library. A large run is
 * processed in steps (BullMQ's "process step jobs" pattern): its job adds a child job per
 * category and waits for them (any worker takes them), then is processed again to assemble their
 * results and write the run.
 */
@Processor(QueueName.MATCHING)
export class MatchRunProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchRunProcessor.name);
  /** The run being executed (concurrency 1), for the shutdown log. */
  private currentRunId: string | undefined;

  constructor(
    private readonly matchJobs: MatchJobService,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {
    super();
  }

  /** Every line logged while a job runs carries its run id, job id and the queuing request's id. */
  process(job: MatchingJob, token?: string): Promise<unknown> {
    return withLogContext(logContextOf(job), () => this.processInContext(job, token));
  }

  private async processInContext(job: MatchingJob, token?: string): Promise<unknown> {
    if (job.name !== JobName.MATCH_RUN && job.name !== JobName.MATCH_PARTITION) {
      this.logger.warn(`Skipping unknown job ${job.name} (${job.id})`);
      return undefined;
    }
    this.currentRunId = job.data.runId;
    try {
      const { result, delay } = await measureEventLoopDelay<
        MatchJobOutcome | MatchPartitionJobResult | undefined
      >(() =>
        job.name === JobName.MATCH_RUN
          ? this.processRun(job as Job<MatchRunJobData>, token)
          : this.processPartition(job as Job<MatchPartitionJobData>),
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
        await this.matchJobs.fail(
          job.data.runId,
          job.name === JobName.MATCH_RUN
            ? (error as Error).message
            : `${what} failed: ${(error as Error).message}`,
        );
      throw error;
    } finally {
      this.currentRunId = undefined;
    }
  }

  private async processRun(
    job: Job<MatchRunJobData>,
    token: string | undefined,
  ): Promise<MatchJobOutcome | undefined> {
    const report = (progress: object) => job.updateProgress({ ...progress });
    let split = job.data.split;
    if (!split) {
      const children = await job.getDependenciesCount();
      const added = Object.values(children).reduce<number>(
        (total, count) => total + (count ?? 0),
        0,
      );
      if (added === 0) {
        this.logger.log(`Match run ${job.data.runId}: attempt ${job.attemptsMade + 1} started`);
        const outcome = await this.matchJobs.run(job.data, report, async (partitions, made) => {
          await this.addPartitions(job, partitions, made);
          split = made;
        });
        if (outcome !== 'split') return outcome;
      } else {
        // The partitions were added (all at once) but the step was not recorded (the worker
        // stopped in between): keep them rather than load again, since the data may have
        // changed and a run's partitions must come from one load.
        split = { partitions: added, startedAt: job.processedOn ?? Date.now(), loadMs: 0 };
        await job.updateData({ ...job.data, split });
      }
    }
    // Waits until every partition job is done (BullMQ moves the job back to waiting then).
    if (await job.moveToWaitingChildren(token!)) throw new WaitingChildrenError();
    const values = Object.values(await job.getChildrenValues<MatchPartitionJobResult>());
    this.logger.log(`Match run ${job.data.runId}: assembling ${split!.partitions} partitions`);
    return this.matchJobs.assemble(job.data, split!, values, report);
  }

  /** One child job per partition (deterministic ids: adding them again adds nothing). */
  private async addPartitions(
    job: Job<MatchRunJobData>,
    partitions: CategoryPartition[],
    split: MatchRunSplit,
  ): Promise<void> {
    // addBulk is one MULTI: either every partition is added or none.
    await this.queue.addBulk(
      partitions.map(
        (
          { category, input },
          index,
        ): { name: string; data: MatchPartitionJobData; opts: object } => ({
          name: JobName.MATCH_PARTITION,
          data: {
            runId: job.data.runId,
            requestId: job.data.requestId,
            index,
            count: partitions.length,
            category,
            input,
          },
          opts: {
            jobId: partitionJobId(job.data.runId, index),
            parent: { id: job.id!, queue: job.queueQualifiedName },
            failParentOnFailure: true,
          },
        }),
      ),
    );
    await job.updateData({ ...job.data, split });
  }

  private async processPartition(
    job: Job<MatchPartitionJobData>,
  ): Promise<MatchPartitionJobResult | undefined> {
    const { runId, index, count, category } = job.data;
    const started = Date.now();
    const output = await this.matchJobs.solvePartition(job.data);
    if (!output) return undefined; // the run was cancelled: its job will not assemble
    const worker = workerName();
    this.logger.log(
      `Match run ${runId}: partition ${index} (${category}) solved by worker ${worker} in ${Date.now() - started} ms: ${output.allocations.length} allocations`,
    );
    const parent = job.parent?.id ? await this.queue.getJob(job.parent.id) : undefined;
    if (parent) {
      const { processed = 0 } = await parent.getDependenciesCount({ processed: true });
      await this.matchJobs.partitionsDone(
        runId,
        Math.min(processed + 1, count),
        count,
        (progress) => parent.updateProgress({ ...progress }),
      );
    }
    return { worker, output };
  }

  /**
   * A job whose workers died once too often (stalled more than BullMQ allows) is failed by the next
   * worker without calling `process`, so its run is marked FAILED here: it would stay RUNNING.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: MatchingJob | undefined, error: Error): Promise<void> {
    if (!job || !job.deferredFailure) return;
    if (job.name !== JobName.MATCH_RUN && job.name !== JobName.MATCH_PARTITION) return;
    await withLogContext(logContextOf(job), () => this.failAbandoned(job, error));
  }

  private async failAbandoned(job: MatchingJob, error: Error): Promise<void> {
    // A run's job fails this way too when one of its partitions failed for good (BullMQ's
    // failParentOnFailure: "child … failed"); the partition's failure gave the run its reason.
    const partitionFailed = job.name === JobName.MATCH_RUN && error.message.startsWith('child ');
    const reason = partitionFailed
      ? `A partition failed (${error.message})`
      : `Abandoned: the worker running ${job.name === JobName.MATCH_RUN ? 'it' : describeJob(job)} stopped ${job.stalledCounter} times (${error.message})`;
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

function describeJob(job: MatchingJob): string {
  if (job.name !== JobName.MATCH_PARTITION) return `Match run ${job.data.runId}`;
  const { runId, index, category } = (job as Job<MatchPartitionJobData>).data;
  return `Match run ${runId}: partition ${index} (${category})`;
}

function logContextOf(job: Job<Partial<MatchRunJobData>>): LogContext {
  return { requestId: job.data.requestId, runId: job.data.runId, jobId: job.id };
}
