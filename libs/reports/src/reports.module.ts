import { Module } from '@nestjs/common';

import { CoverageQuery } from './coverage.query';
import { GapTrendQuery } from './gap-trend.query';
import { OpenDemandQuery } from './open-demand.query';
import { DonorSummariesQuery } from './donor-summaries.query';
import { LanguageFitQuery } from './language-fit.query';
import { PartnershipOutcomesQuery } from './partnership-outcomes.query';
import { PersistentGapsQuery } from './persistent-gaps.query';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Coverage, persistent gaps, donor summaries, language fit and partnership outcomes. */
@Module({
  providers: [
    CoverageQuery,
    PersistentGapsQuery,
    DonorSummariesQuery,
    LanguageFitQuery,
    PartnershipOutcomesQuery,
    GapTrendQuery,
    OpenDemandQuery,
    ReportsService,
    ReportsResolver,
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
