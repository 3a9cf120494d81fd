import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Job, type Queue } from 'bullmq';

import { QueueName, workerName } from '@app/queue';
import { type RequestContext } from '@app/request-context';

import { MatchRunExecutor } from './match-run-executor';
import { type MatchPartitionJobData, type MatchPartitionJobResult } from './matching-jobs';

/**
 * The job of one category of a distributed run: solved on whichever worker takes it, its result
 * returned to the run's job (MatchRunJob), which assembles them. Undefined if the run was
 * cancelled meanwhile.
 */
@Injectable()
export class MatchPartitionJob {
  private readonly logger = new Logger(MatchPartitionJob.name);

  constructor(
    private readonly executor: MatchRunExecutor,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {}

  async process(
    ctx: RequestContext,
    job: Job<MatchPartitionJobData>,
  ): Promise<MatchPartitionJobResult | undefined> {
    const { runId, index, count, category } = job.data;
    const started = Date.now();
    const output = await this.executor.solvePartition(ctx, job.data);
    if (!output) return undefined;
    const worker = workerName();
    this.logger.log(
      `Match run ${runId}: partition ${index} (${category}) solved by worker ${worker} in ${Date.now() - started} ms: ${output.allocations.length} allocations`,
    );
    const parent = job.parent?.id ? await this.queue.getJob(job.parent.id) : undefined;
    if (parent) {
      const { processed = 0 } = await parent.getDependenciesCount({ processed: true });
      await this.executor.partitionsDone(
        ctx,
        runId,
        Math.min(processed + 1, count),
        count,
        (progress) => parent.updateProgress({ ...progress }),
      );
    }
    return { worker, output };
  }
}
