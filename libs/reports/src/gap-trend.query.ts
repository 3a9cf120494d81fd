import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { BadInputError } from '@app/common';

import { type GapTrendArgs } from './dto/gap-trend.args';
import { type GapTrend, type GapTrendMonth } from './gap-trend.model';
import { GAP_OPENED_AT } from './report-filter';
import { gapConditions, REPORTED_GAP_STATUSES } from './report-filters';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** Longest period a trend covers. */
const MAX_MONTHS = 120;

/**
 * Per gap: when it was first matched (`matched_at`: the earliest ACCEPTED answer of either side on
 * one of its proposals, whatever became of the proposal, or its first partnership's creation) and
 * first received units (`delivered_at`: the earliest audit entry of one of its partnerships
 * recording `deliveredQuantity` above 0, recordDelivery; a partnership with deliveries but no such
 * entry, written outside the API, counts at its last update). Aggregated once per table and
 * hash-joined, not looked up gap by gap: a third of the time over 10,000 gaps (bench:dashboard).
 */
const GAP_MATCHED_AND_DELIVERED = `
  LEFT JOIN (
    SELECT m.gap_id, min(m.at) AS matched_at FROM (
      SELECT x.gap_id, x.tpcc_responded_at AS at FROM proposals x
      WHERE x.tpcc_response = 'ACCEPTED'
      UNION ALL
      SELECT x.gap_id, x.donor_responded_at FROM proposals x
      WHERE x.donor_response = 'ACCEPTED'
      UNION ALL
      SELECT p.gap_id, p.created_at FROM partnerships p
    ) m
    GROUP BY m.gap_id
  ) gm ON gm.gap_id = g.id
  LEFT JOIN (
    SELECT p.gap_id, min(COALESCE((
      SELECT min(a.occurred_at) FROM audit_entries a
      WHERE a.entity_type = 'Partnership' AND a.entity_id = p.id::text
        AND (a.changes -> 'deliveredQuantity' ->> 'after')::numeric > 0), p.updated_at)) AS delivered_at
    FROM partnerships p WHERE p.delivered_quantity > 0
    GROUP BY p.gap_id
  ) gd ON gd.gap_id = g.id`;

/** Gaps opened, first matched and first delivered per month of a period (UTC), one statement. */
@Injectable()
export class GapTrendQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(scope: ReportScope, args: GapTrendArgs): Promise<GapTrend> {
    const { period, ...filter } = args.filter;
    if (!period?.from || !period.to) {
      throw new BadInputError('filter.period', 'filter.period: give both from and to');
    }
    const [fromYear, fromMonth] = period.from.split('-').map(Number);
    const [toYear, toMonth] = period.to.split('-').map(Number);
    if ((toYear - fromYear) * 12 + toMonth - fromMonth + 1 > MAX_MONTHS) {
      throw new BadInputError('filter.period', `filter.period: at most ${MAX_MONTHS} months`);
    }
    const params = new SqlParams();
    const from = params.add(period.from);
    const to = params.add(period.to);
    const where = gapConditions(scope, filter, params, REPORTED_GAP_STATUSES);
    const rows = await this.dataSource.query<GapTrendMonth[]>(
      `WITH gaps AS (
         SELECT ${GAP_OPENED_AT} AS opened_at, gm.matched_at, gd.delivered_at
         FROM capability_gaps g
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         ${GAP_MATCHED_AND_DELIVERED}
         WHERE ${where}
       ),
       events AS (
         SELECT e.kind, (e.at AT TIME ZONE 'UTC')::date AS day
         FROM gaps,
              LATERAL (VALUES ('opened', opened_at), ('matched', matched_at),
                              ('delivered', delivered_at)) e(kind, at)
         WHERE e.at IS NOT NULL
       ),
       months AS (
         SELECT generate_series(date_trunc('month', ${from}::date),
                                date_trunc('month', ${to}::date), interval '1 month')::date AS month
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month,
              (count(*) FILTER (WHERE e.kind = 'opened'))::int AS opened,
              (count(*) FILTER (WHERE e.kind = 'matched'))::int AS matched,
              (count(*) FILTER (WHERE e.kind = 'delivered'))::int AS delivered
       FROM months m
       LEFT JOIN events e ON date_trunc('month', e.day)::date = m.month
         AND e.day BETWEEN ${from}::date AND ${to}::date
       GROUP BY m.month
       ORDER BY m.month`,
      params.values,
    );
    const sum = (key: 'opened' | 'matched' | 'delivered') =>
      rows.reduce((total, row) => total + row[key], 0);
    return {
      months: rows,
      totals: {
        month: rows[0].month,
        opened: sum('opened'),
        matched: sum('matched'),
        delivered: sum('delivered'),
      },
    };
  }
}
