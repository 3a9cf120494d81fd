import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { BadInputError, decodeCursor, encodeCursor, type PageInfo } from '@app/common';
import {
  type Category,
  GapStatus,
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  OfferStatus,
  OPEN_PROPOSAL_STATUSES,
  type PartnershipStatus,
  type Priority,
} from '@app/domain';

import { CoverageDimension } from './coverage-dimension';
import { type CoverageFigures } from './coverage-figures.model';
import { type CoverageReport } from './coverage-report.model';
import { type CoverageRow } from './coverage-row.model';
import { type DonorSummary } from './donor-summary.model';
import { type CoverageReportArgs } from './dto/coverage-report.args';
import { type DonorSummariesArgs } from './dto/donor-summaries.args';
import { type GapReportFilter } from './dto/gap-report-filter.input';
import { type LanguageFitArgs } from './dto/language-fit.args';
import { type PartnershipOutcomesArgs } from './dto/partnership-outcomes.args';
import { type PersistentGapsArgs } from './dto/persistent-gaps.args';
import { type LanguageFitFigures } from './language-fit-figures.model';
import { type LanguageFitReport } from './language-fit-report.model';
import { type PartnershipOutcomeConnection } from './partnership-outcome-connection.model';
import { type PartnershipOutcome } from './partnership-outcome.model';
import { type PersistentGapConnection } from './persistent-gap-connection.model';
import { type PersistentGap } from './persistent-gap.model';

/** Gaps a report counts unless the filter names statuses: published, not cancelled. */
export const REPORTED_GAP_STATUSES: readonly GapStatus[] = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
  GapStatus.MATCHED,
  GapStatus.CLOSED,
];

/** Offers a donor summary counts unless the filter names statuses: published, not withdrawn. */
export const REPORTED_OFFER_STATUSES: readonly OfferStatus[] = [
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
  OfferStatus.FULLY_ALLOCATED,
  OfferStatus.EXPIRED,
];

/** SQL key and label of each coverage dimension (aliases g = gap, ms = its T/PCC, mi = mission). */
const DIMENSIONS: Record<CoverageDimension, { key: string; label: string }> = {
  [CoverageDimension.CATEGORY]: { key: 'g.category::text', label: 'g.category::text' },
  [CoverageDimension.CAPABILITY]: {
    key: `g.category::text || '/' || g.capability`,
    label: 'g.capability',
  },
  [CoverageDimension.MISSION]: { key: 'g.mission_code', label: `COALESCE(mi.name, 'No mission')` },
  [CoverageDimension.REGION]: { key: 'ms.region_code::text', label: 'ms.region_name' },
  [CoverageDimension.SUB_REGION]: { key: 'ms.sub_region_code::text', label: 'ms.sub_region_name' },
  [CoverageDimension.MEMBER_STATE]: { key: 'ms.iso3::text', label: 'ms.name' },
};

const OPEN_PROPOSALS = OPEN_PROPOSAL_STATUSES.map((status) => `'${status}'`).join(', ');

/** Per gap (alias g): units in partnerships and delivered, and in open proposals. */
const GAP_COMMITMENTS = `
  LEFT JOIN LATERAL (
    SELECT sum(p.quantity) AS confirmed, sum(p.delivered_quantity) AS delivered
    FROM partnerships p WHERE p.gap_id = g.id
  ) pa ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.quantity) AS open
    FROM proposals x WHERE x.gap_id = g.id AND x.status IN (${OPEN_PROPOSALS})
  ) pr ON true`;

/** Proposed units of a gap: open proposals, at most what its partnerships leave uncovered. */
const PROPOSED = 'LEAST(COALESCE(pr.open, 0), g.quantity - COALESCE(pa.confirmed, 0))';

/** Argument sets (dimension and filter) whose coverage report is kept. */
const COVERAGE_CACHE_SIZE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Positional parameters of one statement. */
class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Reports computed in PostgreSQL: each is one or two aggregate statements over the live tables,
 * whatever the number of gaps, offers or partnerships; only the result rows reach Node.
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Coverage reports already computed, by arguments, with the database snapshot each was computed
   * in (see coverage). At most COVERAGE_CACHE_SIZE argument sets, least recently used dropped.
   */
  private readonly coverageCache = new Map<string, { snapshot: string; report: CoverageReport }>();

  /**
   * One statement, always. It names the PostgreSQL snapshot (`pg_current_snapshot()`: which
   * transactions are committed) the cached report of the same arguments was computed in; while no
   * transaction has written anything since, the snapshot is the same, the data is the same and so
   * is the report: the statement skips the aggregation (a one-time filter) and the cached report
   * is answered. Any committed write in between, whatever it touched, gives another snapshot and a
   * fresh computation, so the report is never stale. (Transaction ids are counted per PostgreSQL
   * server: writes to other databases of the server also cost a recomputation, never a wrong
   * answer.) Prepared once per connection: the statement's planning is not paid per request.
   */
  async coverage(args: CoverageReportArgs): Promise<CoverageReport> {
    const params = new SqlParams();
    const dimension = DIMENSIONS[args.by];
    const where = gapConditions(args.filter, params, REPORTED_GAP_STATUSES);
    const key = JSON.stringify([args.by, args.filter ?? null]);
    const cached = this.coverageCache.get(key);
    const knownSnapshot = params.add(cached?.snapshot ?? '');
    const rows = await this.preparedQuery<CoverageSqlRow>(
      `WITH figures AS (
         SELECT ${dimension.key} AS key, ${dimension.label} AS label, g.quantity AS demand,
                COALESCE(pa.confirmed, 0) AS confirmed, COALESCE(pa.delivered, 0) AS delivered,
                ${PROPOSED} AS proposed
         FROM capability_gaps g
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         LEFT JOIN missions mi ON mi.code = g.mission_code
         ${GAP_COMMITMENTS}
         WHERE ${where} AND pg_current_snapshot()::text IS DISTINCT FROM ${knownSnapshot}
       )
       SELECT pg_current_snapshot()::text AS snapshot,
              GROUPING(key, label) AS total, key, label, count(*)::int AS gaps,
              COALESCE(sum(demand), 0)::int AS demand,
              COALESCE(sum(proposed), 0)::int AS proposed,
              COALESCE(sum(confirmed), 0)::int AS confirmed,
              COALESCE(sum(delivered), 0)::int AS delivered,
              COALESCE(sum(demand - confirmed - proposed), 0)::int AS unmet,
              round(100.0 * sum(confirmed) / NULLIF(sum(demand), 0), 1)::float8 AS covered_percent
       FROM figures
       GROUP BY GROUPING SETS ((key, label), ())
       ORDER BY total, unmet DESC, key ASC NULLS LAST`,
      params.values,
    );
    const snapshot = rows[0].snapshot;
    this.coverageCache.delete(key);
    if (cached && cached.snapshot === snapshot) {
      this.coverageCache.set(key, cached);
      return cached.report;
    }
    const totals = rows.find((row) => row.total !== 0);
    const report: CoverageReport = {
      by: args.by,
      rows: rows
        .filter((row) => row.total === 0)
        .map((row): CoverageRow => ({ key: row.key, label: row.label, ...coverageFigures(row) })),
      totals: totals ? coverageFigures(totals) : emptyCoverage(),
    };
    this.coverageCache.set(key, { snapshot, report });
    if (this.coverageCache.size > COVERAGE_CACHE_SIZE) {
      this.coverageCache.delete(this.coverageCache.keys().next().value!);
    }
    return report;
  }

  /**
   * A statement prepared once per pooled connection (named after its text), logged like every
   * other statement. For a statement run on every request whose planning costs more than its
   * execution.
   */
  private async preparedQuery<T>(text: string, values: unknown[]): Promise<T[]> {
    this.dataSource.logger.logQuery(text, values);
    const name = `reports_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    const pool = (this.dataSource.driver as PostgresDriver).master as {
      query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
    };
    try {
      return (await pool.query({ name, text, values })).rows;
    } catch (error) {
      this.dataSource.logger.logQueryError(error as Error, text, values);
      throw error;
    }
  }

  async persistentGaps(args: PersistentGapsArgs): Promise<PersistentGapConnection> {
    const days = args.openLongerThanDays ?? null;
    const runs = args.unmetInLastRuns ?? null;
    if (days === null && runs === null) {
      throw new BadInputError(
        'openLongerThanDays',
        'openLongerThanDays: give openLongerThanDays, unmetInLastRuns or both',
      );
    }
    const params = new SqlParams();
    const matchable = (args.filter?.status ?? MATCHABLE_GAP_STATUSES).filter((status) =>
      MATCHABLE_GAP_STATUSES.includes(status),
    );
    const where = gapConditions({ ...args.filter, status: matchable }, params, []);
    const runsParam = params.add(runs ?? 0);
    const criteria: string[] = [];
    if (days !== null) criteria.push(`c.days_open > ${params.add(days)}`);
    if (runs !== null) criteria.push(`c.runs_unmet = ${runsParam}`);
    const persistent = `
      WITH recent_runs AS (
        SELECT r.id, COALESCE(r.started_at, r.created_at) AS ran_at
        FROM match_runs r
        WHERE r.status = 'SUCCEEDED'
        ORDER BY COALESCE(r.finished_at, r.created_at) DESC, r.id DESC
        LIMIT ${runsParam}
      ),
      candidates AS (
        SELECT g.id, g.title, g.member_state_iso3, ms.name AS member_state_name, g.mission_code,
               g.category::text AS category, g.capability, g.priority::text AS priority,
               g.quantity AS demand, COALESCE(pa.confirmed, 0)::int AS confirmed,
               (${PROPOSED})::int AS proposed,
               COALESCE(opened.at, g.created_at) AS opened_at
        FROM capability_gaps g
        JOIN member_states ms ON ms.iso3 = g.member_state_iso3
        ${GAP_COMMITMENTS}
        LEFT JOIN LATERAL (
          SELECT min(a.occurred_at) AS at FROM audit_entries a
          WHERE a.entity_type = 'CapabilityGap' AND a.entity_id = g.id::text
            AND a.changes -> 'status' ->> 'after' = 'OPEN'
        ) opened ON true
        WHERE ${where} AND g.quantity - g.reserved_quantity - g.confirmed_quantity > 0
      ),
      measured AS (
        SELECT c.*,
               floor(extract(epoch FROM now() - c.opened_at) / 86400)::int AS days_open,
               (SELECT count(*)::int FROM recent_runs r
                WHERE r.ran_at >= c.opened_at
                  AND (SELECT COALESCE(sum(x.quantity), 0)
                       FROM proposals x JOIN match_runs xr ON xr.id = x.run_id
                       WHERE x.gap_id = c.id
                         AND (x.run_id = r.id
                              OR (COALESCE(xr.started_at, xr.created_at) < r.ran_at
                                  AND x.status IN ('ACCEPTED', 'CONFIRMED')))) < c.demand
               ) AS runs_unmet
        FROM candidates c
      ),
      persistent AS (SELECT * FROM measured c WHERE ${criteria.join(' AND ')})`;

    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `${persistent} SELECT count(*)::int AS count FROM persistent`,
      params.values,
    );
    let after = '';
    if (args.after) {
      const position = decodeTimestampCursor(args.after);
      after = `WHERE (opened_at, id) > (${params.add(position.value)}::timestamptz, ${params.add(position.id)}::uuid)`;
    }
    const rows = await this.dataSource.query<PersistentGapSqlRow[]>(
      `${persistent} SELECT * FROM persistent ${after}
       ORDER BY opened_at, id LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
    const nodes = rows.map((row): PersistentGap => ({
      gapId: row.id,
      title: row.title,
      memberStateIso3: row.member_state_iso3,
      memberStateName: row.member_state_name,
      missionCode: row.mission_code,
      category: row.category as Category,
      capability: row.capability,
      priority: row.priority as Priority,
      demand: row.demand,
      confirmed: row.confirmed,
      proposed: row.proposed,
      unmet: row.demand - row.confirmed - row.proposed,
      openedAt: row.opened_at,
      daysOpen: row.days_open,
      runsUnmet: runs === null ? null : row.runs_unmet,
    }));
    return page(nodes, args, count, (node) => ({
      value: node.openedAt.toISOString(),
      id: node.gapId,
    }));
  }

  async donorSummaries(args: DonorSummariesArgs): Promise<DonorSummary[]> {
    const params = new SqlParams();
    const filter = args.filter ?? {};
    const conditions = [
      `o.status::text = ANY(${params.add(filter.status ?? REPORTED_OFFER_STATUSES)}::text[])`,
    ];
    if (filter.donor) conditions.push(`o.donor_iso3 = ANY(${params.add(filter.donor)}::text[])`);
    if (filter.category) {
      conditions.push(`o.category::text = ANY(${params.add(filter.category)}::text[])`);
    }
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
         FROM partnerships p WHERE p.offer_id = o.id
       ) pa ON true
       WHERE ${where}
       GROUP BY GROUPING SETS ((o.donor_iso3, ms.name), (o.donor_iso3, ms.name, o.category))
       ORDER BY o.donor_iso3, all_categories DESC, category`,
      params.values,
    );
    const regionRows = await this.dataSource.query<DonorRegionSqlRow[]>(
      `SELECT o.donor_iso3 AS donor, rs.region_code::text AS region_code, rs.region_name,
              count(*)::int AS partnerships, sum(p.quantity)::int AS allocated,
              sum(p.delivered_quantity)::int AS delivered
       FROM partnerships p
       JOIN offers o ON o.id = p.offer_id
       JOIN capability_gaps g ON g.id = p.gap_id
       JOIN member_states rs ON rs.iso3 = g.member_state_iso3
       WHERE ${where}
       GROUP BY o.donor_iso3, rs.region_code, rs.region_name
       ORDER BY o.donor_iso3, rs.region_code`,
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

  async languageFit(args: LanguageFitArgs): Promise<LanguageFitReport> {
    const params = new SqlParams();
    const language = params.add(args.language);
    const where = gapConditions(args.filter, params, REPORTED_GAP_STATUSES);
    const rows = await this.dataSource.query<LanguageSqlRow[]>(
      `WITH figures AS (
         SELECT g.languages <@ ARRAY[${language}]::text[] AS only_language, g.quantity AS demand,
                COALESCE(pa.confirmed, 0) AS confirmed, COALESCE(pa.confirmed_in, 0) AS confirmed_in,
                LEAST(COALESCE(pr.open, 0), g.quantity - COALESCE(pa.confirmed, 0)) AS proposed,
                LEAST(COALESCE(pr.open_in, 0), COALESCE(pr.open, 0),
                      g.quantity - COALESCE(pa.confirmed, 0)) AS proposed_in
         FROM capability_gaps g
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         LEFT JOIN LATERAL (
           SELECT sum(p.quantity) AS confirmed,
                  sum(p.quantity) FILTER (WHERE ${language} = ANY(o.languages)) AS confirmed_in
           FROM partnerships p JOIN offers o ON o.id = p.offer_id WHERE p.gap_id = g.id
         ) pa ON true
         LEFT JOIN LATERAL (
           SELECT sum(x.quantity) AS open,
                  sum(x.quantity) FILTER (WHERE ${language} = ANY(o.languages)) AS open_in
           FROM proposals x JOIN offers o ON o.id = x.offer_id
           WHERE x.gap_id = g.id AND x.status IN (${OPEN_PROPOSALS})
         ) pr ON true
         WHERE ${language} = ANY(g.languages) AND ${where}
       )
       SELECT GROUPING(only_language) AS total, only_language, count(*)::int AS gaps,
              COALESCE(sum(demand), 0)::int AS demand,
              COALESCE(sum(confirmed), 0)::int AS confirmed,
              COALESCE(sum(confirmed_in), 0)::int AS confirmed_in,
              COALESCE(sum(proposed), 0)::int AS proposed,
              COALESCE(sum(proposed_in), 0)::int AS proposed_in,
              COALESCE(sum(demand - confirmed - proposed), 0)::int AS unmet,
              round(100.0 * sum(confirmed) / NULLIF(sum(demand), 0), 1)::float8 AS covered_percent,
              round(100.0 * sum(confirmed_in) / NULLIF(sum(demand), 0), 1)::float8
                AS in_language_percent
       FROM figures
       GROUP BY GROUPING SETS ((only_language), ())`,
      params.values,
    );
    const supplyParams = new SqlParams();
    const supplyConditions = [
      `${supplyParams.add(args.language)} = ANY(o.languages)`,
      `o.status::text = ANY(${supplyParams.add(MATCHABLE_OFFER_STATUSES)}::text[])`,
    ];
    if (args.filter?.category) {
      supplyConditions.push(
        `o.category::text = ANY(${supplyParams.add(args.filter.category)}::text[])`,
      );
    }
    const [supply] = await this.dataSource.query<LanguageFitReport['supply'][]>(
      `SELECT count(*)::int AS offers, COALESCE(sum(o.capacity), 0)::int AS capacity,
              COALESCE(sum(
                CASE WHEN o.budget IS NULL OR o.cost_per_unit IS NULL OR o.cost_per_unit <= 0
                     THEN o.capacity
                     ELSE LEAST(o.capacity, floor(o.budget / o.cost_per_unit)) END
                - o.reserved_capacity - o.confirmed_capacity), 0)::int AS remaining
       FROM offers o WHERE ${supplyConditions.join(' AND ')}`,
      supplyParams.values,
    );
    const pick = (test: (row: LanguageSqlRow) => boolean) => {
      const row = rows.find(test);
      return row ? languageFigures(row) : emptyLanguageFigures();
    };
    return {
      language: args.language,
      onlyLanguage: pick((row) => row.total === 0 && row.only_language === true),
      alsoOtherLanguages: pick((row) => row.total === 0 && row.only_language === false),
      total: pick((row) => row.total !== 0),
      supply,
    };
  }

  async partnershipOutcomes(args: PartnershipOutcomesArgs): Promise<PartnershipOutcomeConnection> {
    const params = new SqlParams();
    const filter = args.filter ?? {};
    const conditions = ['true'];
    if (filter.category) {
      conditions.push(`g.category::text = ANY(${params.add(filter.category)}::text[])`);
    }
    if (filter.memberState) {
      conditions.push(`g.member_state_iso3 = ANY(${params.add(filter.memberState)}::text[])`);
    }
    if (filter.donor) conditions.push(`o.donor_iso3 = ANY(${params.add(filter.donor)}::text[])`);
    if (filter.measuredOnly) conditions.push('p.indicator_after IS NOT NULL');
    const outcomes = `
      WITH outcomes AS (
        SELECT p.id, p.created_at, p.gap_id, g.title AS gap_title, g.member_state_iso3,
               o.donor_iso3, g.category::text AS category, g.capability, p.status::text AS status,
               p.quantity, p.delivered_quantity AS delivered, g.objective_indicator AS indicator,
               g.objective_baseline::float8 AS baseline, g.objective_target::float8 AS target,
               p.indicator_after::float8 AS after, p.indicator_measured_on::text AS measured_on,
               (p.indicator_after - g.objective_baseline)::float8 AS change,
               round(100 * (p.indicator_after - g.objective_baseline)
                     / NULLIF(g.objective_target - g.objective_baseline, 0), 1)::float8 AS progress
        FROM partnerships p
        JOIN capability_gaps g ON g.id = p.gap_id
        JOIN offers o ON o.id = p.offer_id
        WHERE ${conditions.join(' AND ')}
      )`;
    const [summary] = await this.dataSource.query<OutcomeSummarySqlRow[]>(
      `${outcomes}
       SELECT count(*)::int AS partnerships, count(after)::int AS measured,
              (count(*) FILTER (WHERE progress > 0))::int AS improved,
              (count(*) FILTER (WHERE progress >= 100))::int AS reached_target,
              round(avg(progress)::numeric, 1)::float8 AS average_progress
       FROM outcomes`,
      params.values,
    );
    let after = '';
    if (args.after) {
      const position = decodeTimestampCursor(args.after);
      after = `WHERE (created_at, id) > (${params.add(position.value)}::timestamptz, ${params.add(position.id)}::uuid)`;
    }
    const rows = await this.dataSource.query<OutcomeSqlRow[]>(
      `${outcomes} SELECT * FROM outcomes ${after}
       ORDER BY created_at, id LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
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
    }));
    return {
      summary: {
        partnerships: summary.partnerships,
        measured: summary.measured,
        improved: summary.improved,
        reachedTarget: summary.reached_target,
        averageTargetProgressPercent: summary.average_progress,
      },
      ...page(nodes, args, summary.partnerships, (node) => ({
        value: node.createdAt.toISOString(),
        id: node.partnershipId,
      })),
    };
  }
}

/** WHERE conditions on a gap (alias g) and its T/PCC (alias ms) for a report filter. */
function gapConditions(
  filter: GapReportFilter | undefined,
  params: SqlParams,
  defaultStatuses: readonly GapStatus[],
): string {
  const conditions = [
    `g.status::text = ANY(${params.add(filter?.status ?? defaultStatuses)}::text[])`,
  ];
  if (filter?.category) {
    conditions.push(`g.category::text = ANY(${params.add(filter.category)}::text[])`);
  }
  if (filter?.memberState) {
    conditions.push(`g.member_state_iso3 = ANY(${params.add(filter.memberState)}::text[])`);
  }
  if (filter?.mission) {
    conditions.push(`g.mission_code = ANY(${params.add(filter.mission)}::text[])`);
  }
  if (filter?.region) {
    const regions = params.add(filter.region);
    conditions.push(
      `(ms.region_code = ANY(${regions}::text[]) OR ms.sub_region_code = ANY(${regions}::text[]))`,
    );
  }
  return conditions.join(' AND ');
}

/** A cursor this API issued for a (timestamp, uuid) keyset; anything else is bad input. */
function decodeTimestampCursor(cursor: string): { value: string; id: string } {
  const position = decodeCursor(cursor);
  if (Number.isNaN(Date.parse(position.value)) || !UUID.test(position.id)) {
    throw new BadInputError('after', 'after: not a cursor returned by this API');
  }
  return position;
}

/** The Relay page of `rows` (fetched with one extra row to tell whether more follow). */
function page<T>(
  rows: T[],
  args: { first: number; after?: string },
  totalCount: number,
  positionOf: (row: T) => { value: string; id: string },
): { edges: { cursor: string; node: T }[]; pageInfo: PageInfo; totalCount: number } {
  const hasNextPage = rows.length > args.first;
  const edges = rows
    .slice(0, args.first)
    .map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function coverageFigures(row: CoverageSqlRow): CoverageFigures {
  return {
    gaps: row.gaps,
    demand: row.demand,
    proposed: row.proposed,
    confirmed: row.confirmed,
    delivered: row.delivered,
    unmet: row.unmet,
    coveredPercent: row.covered_percent,
  };
}

function emptyCoverage(): CoverageFigures {
  return {
    gaps: 0,
    demand: 0,
    proposed: 0,
    confirmed: 0,
    delivered: 0,
    unmet: 0,
    coveredPercent: null,
  };
}

function languageFigures(row: LanguageSqlRow): LanguageFitFigures {
  return {
    gaps: row.gaps,
    demand: row.demand,
    confirmed: row.confirmed,
    confirmedInLanguage: row.confirmed_in,
    proposed: row.proposed,
    proposedInLanguage: row.proposed_in,
    unmet: row.unmet,
    coveredPercent: row.covered_percent,
    inLanguagePercent: row.in_language_percent,
  };
}

function emptyLanguageFigures(): LanguageFitFigures {
  return {
    gaps: 0,
    demand: 0,
    confirmed: 0,
    confirmedInLanguage: 0,
    proposed: 0,
    proposedInLanguage: 0,
    unmet: 0,
    coveredPercent: null,
    inLanguagePercent: null,
  };
}

interface CoverageSqlRow {
  /** The snapshot the statement read (pg_current_snapshot()), the cache's validity key. */
  snapshot: string;
  total: number;
  key: string | null;
  label: string;
  gaps: number;
  demand: number;
  proposed: number;
  confirmed: number;
  delivered: number;
  unmet: number;
  covered_percent: number | null;
}

interface PersistentGapSqlRow {
  id: string;
  title: string;
  member_state_iso3: string;
  member_state_name: string;
  mission_code: string | null;
  category: string;
  capability: string;
  priority: string;
  demand: number;
  confirmed: number;
  proposed: number;
  opened_at: Date;
  days_open: number;
  runs_unmet: number;
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

interface LanguageSqlRow {
  total: number;
  only_language: boolean | null;
  gaps: number;
  demand: number;
  confirmed: number;
  confirmed_in: number;
  proposed: number;
  proposed_in: number;
  unmet: number;
  covered_percent: number | null;
  in_language_percent: number | null;
}

interface OutcomeSummarySqlRow {
  partnerships: number;
  measured: number;
  improved: number;
  reached_target: number;
  average_progress: number | null;
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
