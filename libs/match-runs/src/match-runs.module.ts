import { Module } from '@nestjs/common';

import { QueueModule } from '@app/queue';

import { MatchInstanceLoader } from './match-instance.loader';
import { MatchJobService } from './match-job.service';
import { MatchRunsResolver } from './match-runs.resolver';
import { MatchRunsService } from './match-runs.service';

/** The API side: start runs, read runs and proposals. */
@Module({
  imports: [QueueModule],
  providers: [MatchRunsService, MatchRunsResolver],
  exports: [MatchRunsService],
})
export class MatchRunsModule {}

/** The worker side: execute runs. */
@Module({
  providers: [MatchJobService, MatchInstanceLoader],
  exports: [MatchJobService],
})
export class MatchJobsModule {}
