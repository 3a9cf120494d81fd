import { Args, Query, Resolver } from '@nestjs/graphql';

import { Authorize, Public } from '@app/access';
import { ReportPolicy } from '@app/reports';

import { PledgeFollowUpReport } from './pledge-follow-up-report.model';
import { PledgeReportArgs } from './pledge-report.args';
import { MinisterialPledgeReport } from './pledge-requirements-report.model';
import { PledgeReportsService } from './pledge-reports.service';
import { PublicPledgeSummaryRow } from './public-pledge-summary.model';

@Resolver()
export class PledgeReportsResolver {
  constructor(private readonly reports: PledgeReportsService) {}

  @Authorize(ReportPolicy.read)
  @Query(() => [MinisterialPledgeReport], {
    description:
      'Per Ministerial, by category, capability and unit: required against pledged, committed and delivered; unfilled requirement lines flagged',
  })
  pledgeRequirementsReport(@Args() args: PledgeReportArgs): Promise<MinisterialPledgeReport[]> {
    return this.reports.pledgeRequirements(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => PledgeFollowUpReport, {
    description: 'Pledges per state (lead or member) by status and flag, with totals',
  })
  pledgeFollowUpReport(@Args() args: PledgeReportArgs): Promise<PledgeFollowUpReport> {
    return this.reports.pledgeFollowUp(args);
  }

  @Public()
  @Query(() => [PublicPledgeSummaryRow], {
    description:
      'Public, without signing in: fulfilment of the pledges by Ministerial and category, figures only. NOT_FOUND when PUBLIC_PLEDGE_SUMMARY=false',
  })
  publicPledgeSummary(): Promise<PublicPledgeSummaryRow[]> {
    return this.reports.publicPledgeSummary();
  }
}
