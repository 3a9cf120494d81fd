import { Module } from '@nestjs/common';

import { MatchScheduler } from './match-scheduler';
import { QueueModule } from './queue.module';

/** For feature modules whose changes should trigger automatic match runs. */
@Module({
  imports: [QueueModule],
  providers: [MatchScheduler],
  exports: [MatchScheduler],
})
export class MatchSchedulerModule {}
