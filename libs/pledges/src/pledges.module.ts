import { Module } from '@nestjs/common';

import { ReferenceDataModule } from '@app/reference-data';

import { MinisterialsSyncService } from './ministerials-sync.service';
import { MinisterialsResolver } from './ministerials.resolver';
import { PledgesResolver } from './pledges.resolver';
import { PledgesService } from './pledges.service';
import { PledgeFollowUpReportQuery } from './reports/pledge-follow-up-report.query';
import { PledgeReportsResolver } from './reports/pledge-reports.resolver';
import { PledgeReportsService } from './reports/pledge-reports.service';
import { PledgeRequirementsReportQuery } from './reports/pledge-requirements-report.query';
import { PublicPledgeSummaryQuery } from './reports/public-pledge-summary.query';

/** Peacekeeping Ministerials, their requirement lists, the pledges made there, and their reports. */
@Module({
  imports: [ReferenceDataModule],
  providers: [
    PledgesService,
    MinisterialsSyncService,
    PledgesResolver,
    MinisterialsResolver,
    PledgeRequirementsReportQuery,
    PledgeFollowUpReportQuery,
    PublicPledgeSummaryQuery,
    PledgeReportsService,
    PledgeReportsResolver,
  ],
  exports: [PledgesService, MinisterialsSyncService, PledgeReportsService],
})
export class PledgesModule {}
