import { Global, Module } from '@nestjs/common';

import { AutomaticMatching } from '@app/common';
import { QueueModule } from '@app/queue';

import { MatchScheduler } from './match-scheduler';

/**
 * Provides the AutomaticMatching port to every feature that changes gaps, offers or proposals.
 * Global, and imported once by the apps that change data (API, CLI): the features cannot import
 * the match-runs library, which builds on them.
 */
@Global()
@Module({
  imports: [QueueModule],
  providers: [MatchScheduler, { provide: AutomaticMatching, useExisting: MatchScheduler }],
  exports: [AutomaticMatching],
})
export class AutomaticMatchingModule {}
