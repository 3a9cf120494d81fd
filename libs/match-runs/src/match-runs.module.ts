import { Module } from '@nestjs/common';

import { OffersModule } from '@app/offers';
import { QueueModule } from '@app/queue';

import {
  MatchDiagnosticsResolver,
  OfferVerdictResolver,
} from './diagnostics/match-diagnostics.resolver';
import { MatchDiagnosticsService } from './diagnostics/match-diagnostics.service';
import { MatchEngineModule } from './match-engine';
import { MatchInstanceLoader } from './match-instance.loader';
import { MatchPartitionJob } from './jobs/match-partition.job';
import { MatchRunExecutor } from './jobs/match-run-executor';
import { MatchRunJob } from './jobs/match-run.job';
import { MatchingProcessor } from './jobs/matching.processor';
import { MatchRunEventsService } from './match-run-events.service';
import { MatchRunSubscriptionResolver } from './match-run-subscription.resolver';
import { MatchRunsResolver } from './match-runs.resolver';
import { MatchRunsService } from './match-runs.service';
import { GapProposalsResolver, OfferProposalsResolver } from './nested-proposals.resolver';
import { WhatIfService } from './what-if.service';

/** The API side: start runs, read runs and proposals. */
@Module({
  imports: [QueueModule, OffersModule, MatchEngineModule],
  providers: [
    MatchRunsService,
    MatchRunsResolver,
    MatchInstanceLoader,
    WhatIfService,
    MatchRunEventsService,
    MatchRunSubscriptionResolver,
    GapProposalsResolver,
    OfferProposalsResolver,
    MatchDiagnosticsService,
    MatchDiagnosticsResolver,
    OfferVerdictResolver,
  ],
  exports: [MatchRunsService, MatchDiagnosticsService],
})
export class MatchRunsModule {}

/** The worker side: the matching queue's jobs and processor. */
@Module({
  imports: [QueueModule, MatchEngineModule],
  providers: [
    MatchInstanceLoader,
    MatchRunExecutor,
    MatchRunJob,
    MatchPartitionJob,
    MatchingProcessor,
  ],
  // The executor for tests; the processor for the worker's health check.
  exports: [MatchRunExecutor, MatchingProcessor],
})
export class MatchJobsModule {}
