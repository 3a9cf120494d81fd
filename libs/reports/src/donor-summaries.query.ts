import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Category } from '@app/domain';

import { type DonorSummary } from './donor-summary.model';
import { type DonorSummariesArgs } from './dto/donor-summaries.args';
import { DONOR_REPORT_FILTER } from './dto/donor-report-filter.input';
import { REPORTED_OFFER_STATUSES } from './report-filters';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** Each donor's offers, capacity, allocation and partnerships, by category and recipient region. */
@Injectable()
export class DonorSummariesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(scope: ReportScope, args: DonorSummariesArgs): Promise<DonorSummary[]> {
    const params = new SqlParams();
    const filter = args.filter ?? {};
    const conditions = [
      ...DONOR_REPORT_FILTER.conditions(
        { ...filter, status: filter.status ?? [...REPORTED_OFFER_STATUSES] },
        params,
        'offer',
      ),
      // The offers the caller sees: a donor only its own state's, so only its own summary.
      scope.offers(params),
    ];
    // The gap's fields narrow the partnerships counted (an offer has no mission, region or priority).
    const gapWhere = ['true', ...DONOR_REPORT_FILTER.conditions(filter, params, 'gap')].join(
      ' AND ',
    );
    const where = conditions.join(' AND ');
    const offerRows = await this.dataSource.query<DonorSqlRow[]>(
      `SELECT GROUPING(o.category) AS all_categories, o.donor_iso3 AS donor, ms.name AS donor_name,
              o.category::text AS category, count(*)::int AS offers,
              sum(o.capacity)::int AS capacity, sum(o.reserved_capacity)::int AS reserved,
              sum(o.confirmed_capacity)::int AS allocated,
              COALESCE(sum(pa.partnerships), 0)::int AS partnerships,
              COALESCE(sum(pa.delivered), 0)::int AS delivered,
              round(100.0 * sum(o.confirmed_capacity) / NULLIF(sum(o.capacity), 0), 1)::float8
                AS allocated_percent
       FROM offers o
       JOIN member_states ms ON ms.iso3 = o.donor_iso3
       LEFT JOIN LATERAL (
         SELECT count(*) AS partnerships, sum(p.delivered_quantity) AS delivered
         FROM partnerships p
         JOIN capability_gaps g ON g.id = p.gap_id
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         WHERE p.offer_id = o.id AND ${gapWhere}
       ) pa ON true
       WHERE ${where}
       GROUP BY GROUPING SETS ((o.donor_iso3, ms.name), (o.donor_iso3, ms.name, o.category))
       ORDER BY o.donor_iso3, all_categories DESC, category`,
      params.values,
    );
    const regionRows = await this.dataSource.query<DonorRegionSqlRow[]>(
      `SELECT o.donor_iso3 AS donor, ms.region_code::text AS region_code, ms.region_name,
              count(*)::int AS partnerships, sum(p.quantity)::int AS allocated,
              sum(p.delivered_quantity)::int AS delivered
       FROM partnerships p
       JOIN offers o ON o.id = p.offer_id
       JOIN capability_gaps g ON g.id = p.gap_id
       JOIN member_states ms ON ms.iso3 = g.member_state_iso3
       WHERE ${where} AND ${gapWhere}
       GROUP BY o.donor_iso3, ms.region_code, ms.region_name
       ORDER BY o.donor_iso3, ms.region_code`,
      params.values,
    );
    const summaries = new Map<string, DonorSummary>();
    for (const row of offerRows) {
      if (row.all_categories !== 0) {
        summaries.set(row.donor, {
          donorIso3: row.donor,
          donorName: row.donor_name,
          offers: row.offers,
          capacity: row.capacity,
          reserved: row.reserved,
          allocated: row.allocated,
          allocatedPercent: row.allocated_percent,
          partnerships: row.partnerships,
          delivered: row.delivered,
          byCategory: [],
          byRecipientRegion: [],
        });
      } else {
        summaries.get(row.donor)!.byCategory.push({
          category: row.category as Category,
          offers: row.offers,
          capacity: row.capacity,
          reserved: row.reserved,
          allocated: row.allocated,
          partnerships: row.partnerships,
          delivered: row.delivered,
        });
      }
    }
    for (const row of regionRows) {
      summaries.get(row.donor)?.byRecipientRegion.push({
        regionCode: row.region_code,
        regionName: row.region_name,
        partnerships: row.partnerships,
        allocated: row.allocated,
        delivered: row.delivered,
      });
    }
    return [...summaries.values()];
  }
}

interface DonorSqlRow {
  all_categories: number;
  donor: string;
  donor_name: string;
  category: string | null;
  offers: number;
  capacity: number;
  reserved: number;
  allocated: number;
  partnerships: number;
  delivered: number;
  allocated_percent: number | null;
}

interface DonorRegionSqlRow {
  donor: string;
  region_code: string;
  region_name: string;
  partnerships: number;
  allocated: number;
  delivered: number;
}
