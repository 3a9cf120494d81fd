import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Job } from 'bullmq';

import { type MatchJobOutcome, MatchJobService } from '@app/match-runs';
import { JobName, type MatchRunJobData, QueueName } from '@app/queue';

/** Thin BullMQ processor: hands each match run job to the match-runs library. */
@Processor(QueueName.MATCHING)
export class MatchRunProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchRunProcessor.name);

  constructor(private readonly matchJobs: MatchJobService) {
    super();
  }

  async process(job: Job<MatchRunJobData>): Promise<MatchJobOutcome | undefined> {
    if (job.name !== JobName.MATCH_RUN) {
      this.logger.warn(`Skipping unknown job ${job.name} (${job.id})`);
      return undefined;
    }
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
    }
  }
}
