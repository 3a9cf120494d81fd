import { Args, Query, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { Ctx, type RequestContext } from '@app/request-context';

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

/**
 * Read-only reports, each computed in SQL: across every state for staff, within what they may see
 * for donors and T/PCCs (ReportScope).
 */
@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Authorize(ReportPolicy.readScoped)
  @Query(() => CoverageReport, {
    description: 'Demand, proposed, confirmed, delivered and unmet units of the gaps, grouped',
  })
  coverageReport(
    @Ctx() ctx: RequestContext,
    @Args() args: CoverageReportArgs,
  ): Promise<CoverageReport> {
    return this.reports.coverage(ctx, args);
  }

  @Authorize(ReportPolicy.readScoped)
  @Query(() => PersistentGapConnection, {
    description:
      'Open gaps still lacking partnerships: open longer than N days and/or unmet by each of the last K runs; oldest first',
  })
  persistentGaps(
    @Ctx() ctx: RequestContext,
    @Args() args: PersistentGapsArgs,
  ): Promise<PersistentGapConnection> {
    return this.reports.persistentGaps(ctx, args);
  }

  @Authorize(ReportPolicy.readDonorSummaries)
  @Query(() => [DonorSummary], {
    description: "Each donor's offers, capacity, allocation and partnerships, by ISO3",
  })
  donorSummaries(
    @Ctx() ctx: RequestContext,
    @Args() args: DonorSummariesArgs,
  ): Promise<DonorSummary[]> {
    return this.reports.donorSummaries(ctx, args);
  }

  @Authorize(ReportPolicy.readScoped)
  @Query(() => LanguageFitReport, {
    description: 'How much of the demand of gaps accepting a language is met, in that language',
  })
  languageFitReport(
    @Ctx() ctx: RequestContext,
    @Args() args: LanguageFitArgs,
  ): Promise<LanguageFitReport> {
    return this.reports.languageFit(ctx, args);
  }

  @Authorize(ReportPolicy.readScoped)
  @Query(() => PartnershipOutcomeConnection, {
    description:
      "Partnerships with their gap's indicator: baseline, target, measured after delivery",
  })
  partnershipOutcomes(
    @Ctx() ctx: RequestContext,
    @Args() args: PartnershipOutcomesArgs,
  ): Promise<PartnershipOutcomeConnection> {
    return this.reports.partnershipOutcomes(ctx, args);
  }

  @Authorize(ReportPolicy.readScoped)
  @Query(() => GapTrend, {
    description:
      "Gaps opened, first matched and first delivered per month of the filter's period (UTC)",
  })
  gapTrend(@Ctx() ctx: RequestContext, @Args() args: GapTrendArgs): Promise<GapTrend> {
    return this.reports.gapTrend(ctx, args);
  }

  @Authorize(ReportPolicy.readScoped)
  @Query(() => [MemberStateDemand], {
    description:
      "Open demand per T/PCC with its M49 region, most open first (the map's demand mode)",
  })
  openDemandByMemberState(
    @Ctx() ctx: RequestContext,
    @Args() args: OpenDemandArgs,
  ): Promise<MemberStateDemand[]> {
    return this.reports.openDemand(ctx, args);
  }
}
