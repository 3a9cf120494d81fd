import { Module } from '@nestjs/common';

import { AppConfigModule } from '@app/config';
import { MatchJobsModule } from '@app/match-runs';
import { QueueModule } from '@app/queue';
import { DatabaseModule } from '@app/schema';

import { MatchRunProcessor } from './match-run.processor';

@Module({
  imports: [AppConfigModule, DatabaseModule, QueueModule, MatchJobsModule],
  providers: [MatchRunProcessor],
})
export class WorkerModule {}
