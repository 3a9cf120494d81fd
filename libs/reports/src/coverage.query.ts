import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { preparedQuery } from '@app/persistence';

import { type CoverageFigures } from './coverage-figures.model';
import { type CoverageReport } from './coverage-report.model';
import { type CoverageRow } from './coverage-row.model';
import { type CoverageReportArgs } from './dto/coverage-report.args';
import { CoverageDimension } from './coverage-dimension';
import { demandFigures, type DemandSqlFigures, NO_DEMAND } from './demand-figures';
import { GAP_COMMITMENTS, PROPOSED } from './gap-commitments';
import { gapConditions, REPORTED_GAP_STATUSES } from './report-filters';
import { SnapshotCache } from './snapshot-cache';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

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
  [CoverageDimension.PRIORITY]: { key: 'g.priority::text', label: 'g.priority::text' },
};

/** Argument sets (scope, dimension and filter) whose coverage report is kept. */
const COVERAGE_CACHE_SIZE = 100;

/** The coverage report: demand and commitments of the gaps, grouped by a dimension, and totals. */
@Injectable()
export class CoverageQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Coverage reports already computed, by scope and arguments, with the snapshot each was computed in. */
  private readonly cache = new SnapshotCache<CoverageReport>(COVERAGE_CACHE_SIZE);

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
  async run(scope: ReportScope, args: CoverageReportArgs): Promise<CoverageReport> {
    const params = new SqlParams();
    const dimension = DIMENSIONS[args.by];
    const where = gapConditions(scope, args.filter, params, REPORTED_GAP_STATUSES);
    // The caller's scope is part of the key: a report is never answered to another scope.
    const key = JSON.stringify([scope.key, args.by, args.filter ?? null]);
    const cached = this.cache.get(key);
    const knownSnapshot = params.add(cached?.snapshot ?? '');
    const rows = await preparedQuery<CoverageSqlRow>(
      this.dataSource,
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
    return this.cache.settle(key, cached, rows[0].snapshot, (): CoverageReport => {
      const totals = rows.find((row) => row.total !== 0);
      return {
        by: args.by,
        rows: rows
          .filter((row) => row.total === 0)
          .map((row): CoverageRow => ({ key: row.key, label: row.label, ...coverageFigures(row) })),
        totals: totals ? coverageFigures(totals) : emptyCoverage(),
      };
    });
  }
}

function coverageFigures(row: CoverageSqlRow): CoverageFigures {
  return { ...demandFigures(row), delivered: row.delivered };
}

function emptyCoverage(): CoverageFigures {
  return { ...NO_DEMAND, delivered: 0 };
}

interface CoverageSqlRow extends DemandSqlFigures {
  /** The snapshot the statement read (pg_current_snapshot()), the cache's validity key. */
  snapshot: string;
  total: number;
  key: string | null;
  label: string;
  delivered: number;
}
