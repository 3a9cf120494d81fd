import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Job, type Queue, WaitingChildrenError } from 'bullmq';

import { type CategoryPartition } from '@app/matching';
import { QueueName } from '@app/queue';
import { type RequestContext } from '@app/request-context';

import { type MatchJobOutcome, MatchRunExecutor } from './match-run-executor';
import {
  MatchingJobName,
  type MatchPartitionJobData,
  type MatchPartitionJobResult,
  type MatchRunJobData,
  type MatchRunSplit,
  partitionJobId,
} from './matching-jobs';

/**
 * The job of one match run. A run is loaded, solved and written by this job; a large one is done
 * in steps (BullMQ's "process step jobs" pattern): the job adds a child job per category
 * (MatchPartitionJob, any worker takes them) and waits for them, then is processed again to
 * assemble their results and write the run.
 */
@Injectable()
export class MatchRunJob {
  private readonly logger = new Logger(MatchRunJob.name);

  constructor(
    private readonly executor: MatchRunExecutor,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {}

  async process(
    ctx: RequestContext,
    job: Job<MatchRunJobData>,
    token?: string,
  ): Promise<MatchJobOutcome> {
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
        const outcome = await this.executor.run(ctx, job.data, report, async (partitions, made) => {
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
    return this.executor.assemble(ctx, job.data, split!, values, report);
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
          name: MatchingJobName.MATCH_PARTITION,
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
}
