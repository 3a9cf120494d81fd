import { Args, Query, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';

import { CoverageReport } from './coverage-report.model';
import { GapTrendArgs } from './dto/gap-trend.args';
import { OpenDemandArgs } from './dto/open-demand.args';
import { GapTrend } from './gap-trend.model';
import { MemberStateDemand } from './member-state-demand.model';
import { DonorSummary } from './donor-summary.model';
import { CoverageReportArgs } from './dto/coverage-report.args';
import { DonorSummariesArgs } from './dto/donor-summaries.args';
import { LanguageFitArgs } from './dto/language-fit.args';
import { PartnershipOutcomesArgs } from './dto/partnership-outcomes.args';
import { PersistentGapsArgs } from './dto/persistent-gaps.args';
import { LanguageFitReport } from './language-fit-report.model';
import { PartnershipOutcomeConnection } from './partnership-outcome-connection.model';
import { PersistentGapConnection } from './persistent-gap-connection.model';
import { ReportPolicy } from './report.policy';
import { ReportsService } from './reports.service';

/** Read-only reports for coordinators, analysts and admins, each computed in SQL. */
@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Authorize(ReportPolicy.read)
  @Query(() => CoverageReport, {
    description: 'Demand, proposed, confirmed, delivered and unmet units of the gaps, grouped',
  })
  coverageReport(@Args() args: CoverageReportArgs): Promise<CoverageReport> {
    return this.reports.coverage(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => PersistentGapConnection, {
    description:
      'Open gaps still lacking partnerships: open longer than N days and/or unmet by each of the last K runs; oldest first',
  })
  persistentGaps(@Args() args: PersistentGapsArgs): Promise<PersistentGapConnection> {
    return this.reports.persistentGaps(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => [DonorSummary], {
    description: "Each donor's offers, capacity, allocation and partnerships, by ISO3",
  })
  donorSummaries(@Args() args: DonorSummariesArgs): Promise<DonorSummary[]> {
    return this.reports.donorSummaries(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => LanguageFitReport, {
    description: 'How much of the demand of gaps accepting a language is met, in that language',
  })
  languageFitReport(@Args() args: LanguageFitArgs): Promise<LanguageFitReport> {
    return this.reports.languageFit(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => PartnershipOutcomeConnection, {
    description:
      "Partnerships with their gap's indicator: baseline, target, measured after delivery",
  })
  partnershipOutcomes(
    @Args() args: PartnershipOutcomesArgs,
  ): Promise<PartnershipOutcomeConnection> {
    return this.reports.partnershipOutcomes(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => GapTrend, {
    description:
      "Gaps opened, first matched and first delivered per month of the filter's period (UTC)",
  })
  gapTrend(@Args() args: GapTrendArgs): Promise<GapTrend> {
    return this.reports.gapTrend(args);
  }

  @Authorize(ReportPolicy.read)
  @Query(() => [MemberStateDemand], {
    description:
      "Open demand per T/PCC with its M49 region, most open first (the map's demand mode)",
  })
  openDemandByMemberState(@Args() args: OpenDemandArgs): Promise<MemberStateDemand[]> {
    return this.reports.openDemand(args);
  }
}
