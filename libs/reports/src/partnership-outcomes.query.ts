import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Category, type PartnershipStatus } from '@app/domain';

import { OUTCOME_REPORT_FILTER } from './dto/outcome-report-filter.input';
import { type PartnershipOutcomesArgs } from './dto/partnership-outcomes.args';
import { type OutcomePeriod } from './outcome-period.model';
import { type PartnershipOutcome } from './partnership-outcome.model';
import { type PartnershipOutcomeConnection } from './partnership-outcome-connection.model';
import { page, pageRows } from './report-page';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** Partnerships with their gap's indicator (baseline, target, measured after), and a summary. */
@Injectable()
export class PartnershipOutcomesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    scope: ReportScope,
    args: PartnershipOutcomesArgs,
  ): Promise<PartnershipOutcomeConnection> {
    const params = new SqlParams();
    const filter = args.filter ?? {};
    const conditions = [
      'true',
      ...(['gap', 'offer', 'partnership'] as const).flatMap((target) =>
        OUTCOME_REPORT_FILTER.conditions(filter, params, target),
      ),
      // Only the partnerships the caller's state is party to (all, for staff).
      scope.partnerships(params),
    ];
    const outcomes = `
      WITH outcomes AS (
        SELECT p.id, p.created_at, p.gap_id, g.title AS gap_title, g.member_state_iso3,
               o.donor_iso3, g.category::text AS category, g.capability, p.status::text AS status,
               p.quantity, p.delivered_quantity AS delivered, g.objective_indicator AS indicator,
               g.objective_baseline::float8 AS baseline, g.objective_target::float8 AS target,
               p.indicator_after::float8 AS after, p.indicator_measured_on::text AS measured_on,
               (p.indicator_after - g.objective_baseline)::float8 AS change,
               round(100 * (p.indicator_after - g.objective_baseline)
                     / NULLIF(g.objective_target - g.objective_baseline, 0), 1)::float8 AS progress,
               EXISTS (SELECT 1 FROM partnership_result_periods r WHERE r.partnership_id = p.id)
                 AS has_periods
        FROM partnerships p
        JOIN capability_gaps g ON g.id = p.gap_id
        JOIN member_states ms ON ms.iso3 = g.member_state_iso3
        JOIN offers o ON o.id = p.offer_id
        WHERE ${conditions.join(' AND ')}
      )`;
    const [summary] = await this.dataSource.query<OutcomeSummarySqlRow[]>(
      `${outcomes}
       SELECT count(*)::int AS partnerships, count(after)::int AS measured,
              (count(*) FILTER (WHERE progress > 0))::int AS improved,
              (count(*) FILTER (WHERE progress >= 100))::int AS reached_target,
              round(avg(progress)::numeric, 1)::float8 AS average_progress,
              (count(*) FILTER (WHERE has_periods))::int AS with_periods
       FROM outcomes`,
      params.values,
    );
    const rows = await pageRows<OutcomeSqlRow>({
      dataSource: this.dataSource,
      withClause: outcomes,
      table: 'outcomes',
      column: 'created_at',
      args,
      params,
    });
    const periods = await this.periodsOf(rows.map((row) => row.id));
    const nodes = rows.map((row): PartnershipOutcome & { createdAt: Date } => ({
      partnershipId: row.id,
      createdAt: row.created_at,
      gapId: row.gap_id,
      gapTitle: row.gap_title,
      memberStateIso3: row.member_state_iso3,
      donorIso3: row.donor_iso3,
      category: row.category as Category,
      capability: row.capability,
      status: row.status as PartnershipStatus,
      quantity: row.quantity,
      delivered: row.delivered,
      indicator: row.indicator,
      baseline: row.baseline,
      target: row.target,
      after: row.after,
      measuredOn: row.measured_on,
      change: row.change,
      targetProgressPercent: row.progress,
      periods: periods.get(row.id) ?? [],
      latestPeriod: periods.get(row.id)?.at(-1) ?? null,
    }));
    return {
      summary: {
        partnerships: summary.partnerships,
        measured: summary.measured,
        improved: summary.improved,
        reachedTarget: summary.reached_target,
        averageTargetProgressPercent: summary.average_progress,
        withPeriods: summary.with_periods,
      },
      ...page(nodes, args, summary.partnerships, (node) => ({
        value: node.createdAt.toISOString(),
        id: node.partnershipId,
      })),
    };
  }

  /** The reporting periods of a page's partnerships, oldest first (the latest last). */
  private async periodsOf(partnershipIds: string[]): Promise<Map<string, OutcomePeriod[]>> {
    const byPartnership = new Map<string, OutcomePeriod[]>();
    if (partnershipIds.length === 0) return byPartnership;
    const rows = await this.dataSource.query<(OutcomePeriod & { partnership_id: string })[]>(
      `SELECT partnership_id, period_start::text AS "periodStart", period_end::text AS "periodEnd",
              baseline::float8 AS baseline, target::float8 AS target, actual::float8 AS actual,
              (actual - baseline)::float8 AS change,
              round(100 * (actual - baseline) / NULLIF(target - baseline, 0), 1)::float8
                AS "targetProgressPercent",
              reported_at AS "reportedAt"
         FROM partnership_result_periods
        WHERE partnership_id = ANY($1::uuid[])
        ORDER BY period_end, period_start, id`,
      [partnershipIds],
    );
    for (const { partnership_id: id, ...period } of rows)
      byPartnership.set(id, [...(byPartnership.get(id) ?? []), period]);
    return byPartnership;
  }
}

interface OutcomeSummarySqlRow {
  partnerships: number;
  measured: number;
  improved: number;
  reached_target: number;
  average_progress: number | null;
  with_periods: number;
}

interface OutcomeSqlRow {
  id: string;
  created_at: Date;
  gap_id: string;
  gap_title: string;
  member_state_iso3: string;
  donor_iso3: string;
  category: string;
  capability: string;
  status: string;
  quantity: number;
  delivered: number;
  indicator: string | null;
  baseline: number | null;
  target: number | null;
  after: number | null;
  measured_on: string | null;
  change: number | null;
  progress: number | null;
}
