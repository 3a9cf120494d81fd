import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Job } from 'bullmq';

import { MatchJobService, type MatchJobResult } from '@app/match-runs';
import { JobName, type MatchRunJobData, QueueName } from '@app/queue';

/** Thin BullMQ processor: hands each match run job to the match-runs library. */
@Processor(QueueName.MATCHING)
export class MatchRunProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchRunProcessor.name);

  constructor(private readonly matchJobs: MatchJobService) {
    super();
  }

  async process(job: Job<MatchRunJobData>): Promise<MatchJobResult | undefined> {
    if (job.name !== JobName.MATCH_RUN) {
      this.logger.warn(`Skipping unknown job ${job.name} (${job.id})`);
      return undefined;
    }
    return this.matchJobs.run(job.data);
  }
}
