import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type RequestContext } from '@app/request-context';

import { type GapTrendArgs } from './dto/gap-trend.args';
import { type OpenDemandArgs } from './dto/open-demand.args';
import { type GapTrend } from './gap-trend.model';
import { GapTrendQuery } from './gap-trend.query';
import { type MemberStateDemand } from './member-state-demand.model';
import { OpenDemandQuery } from './open-demand.query';
import { type CoverageReport } from './coverage-report.model';
import { CoverageQuery } from './coverage.query';
import { DonorSummariesQuery } from './donor-summaries.query';
import { type DonorSummary } from './donor-summary.model';
import { type CoverageReportArgs } from './dto/coverage-report.args';
import { type DonorSummariesArgs } from './dto/donor-summaries.args';
import { type LanguageFitArgs } from './dto/language-fit.args';
import { type PartnershipOutcomesArgs } from './dto/partnership-outcomes.args';
import { type PersistentGapsArgs } from './dto/persistent-gaps.args';
import { type LanguageFitReport } from './language-fit-report.model';
import { LanguageFitQuery } from './language-fit.query';
import { type PartnershipOutcomeConnection } from './partnership-outcome-connection.model';
import { PartnershipOutcomesQuery } from './partnership-outcomes.query';
import { type PersistentGapConnection } from './persistent-gap-connection.model';
import { PersistentGapsQuery } from './persistent-gaps.query';
import { ReportScope } from './report-scope';

/**
 * Reports computed in PostgreSQL: each is one or two aggregate statements over the live tables,
 * whatever the number of gaps, offers or partnerships; only the result rows reach Node. One class
 * a report (`*.query.ts`); this service is what the resolver and the exports call. Each answers
 * what the caller of `ctx` may see (ReportScope: the gap, offer and partnership policies' rules).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverageQuery: CoverageQuery,
    private readonly persistentGapsQuery: PersistentGapsQuery,
    private readonly donorSummariesQuery: DonorSummariesQuery,
    private readonly languageFitQuery: LanguageFitQuery,
    private readonly partnershipOutcomesQuery: PartnershipOutcomesQuery,
    private readonly gapTrendQuery: GapTrendQuery,
    private readonly openDemandQuery: OpenDemandQuery,
  ) {}

  gapTrend(ctx: RequestContext, args: GapTrendArgs): Promise<GapTrend> {
    return this.gapTrendQuery.run(this.scopeOf(ctx), args);
  }

  openDemand(ctx: RequestContext, args: OpenDemandArgs): Promise<MemberStateDemand[]> {
    return this.openDemandQuery.run(this.scopeOf(ctx), args.filter);
  }

  coverage(ctx: RequestContext, args: CoverageReportArgs): Promise<CoverageReport> {
    return this.coverageQuery.run(this.scopeOf(ctx), args);
  }

  persistentGaps(ctx: RequestContext, args: PersistentGapsArgs): Promise<PersistentGapConnection> {
    return this.persistentGapsQuery.run(this.scopeOf(ctx), args);
  }

  donorSummaries(ctx: RequestContext, args: DonorSummariesArgs): Promise<DonorSummary[]> {
    return this.donorSummariesQuery.run(this.scopeOf(ctx), args);
  }

  languageFit(ctx: RequestContext, args: LanguageFitArgs): Promise<LanguageFitReport> {
    return this.languageFitQuery.run(this.scopeOf(ctx), args);
  }

  partnershipOutcomes(
    ctx: RequestContext,
    args: PartnershipOutcomesArgs,
  ): Promise<PartnershipOutcomeConnection> {
    return this.partnershipOutcomesQuery.run(this.scopeOf(ctx), args);
  }

  private scopeOf(ctx: RequestContext): ReportScope {
    return ReportScope.of(ctx, this.dataSource);
  }
}
