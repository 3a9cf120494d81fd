import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

import { MatchRunStatus } from '@app/domain';

import { METRIC_PREFIX, type ScrapeTimeMetrics } from './metrics.registry';
import { StoredHistogram } from './stored-histogram';

/** Seconds from a run's start to its end: small instances take a second, large ones minutes. */
export const RUN_DURATION_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

const FINISHED = [MatchRunStatus.SUCCEEDED, MatchRunStatus.FAILED];

interface LastRunRow {
  objective: number | null;
  covered: number | null;
  demand: number | null;
  finished_at: Date | null;
}

interface DurationRow {
  status: string;
  count: number;
  sum: number;
  buckets: number[];
}

/**
 * Match runs, read from the match_runs table at scrape time (two small queries), so every API
 * instance reports the same values whichever worker ran the jobs: the duration of finished runs
 * (started to finished, per final status) and the result of the last run that succeeded.
 */
@Injectable()
export class MatchRunMetrics implements ScrapeTimeMetrics {
  private readonly durations: StoredHistogram;
  private readonly lastRun: Record<
    'objective' | 'covered' | 'demand' | 'coverageRatio' | 'finished',
    Gauge
  >;

  constructor(
    registry: Registry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.durations = new StoredHistogram(
      `${METRIC_PREFIX}match_run_duration_seconds`,
      'Duration of finished match runs (job start to end), by final status',
      RUN_DURATION_BUCKETS,
      registry,
    );
    const gauge = (name: string, help: string) =>
      new Gauge({ name: `${METRIC_PREFIX}${name}`, help, registers: [registry] });
    this.lastRun = {
      objective: gauge('match_run_last_objective', 'Σ score · quantity of the last succeeded run'),
      covered: gauge('match_run_last_covered', 'Units allocated by the last succeeded run'),
      demand: gauge(
        'match_run_last_demand',
        'Demand of the gaps the last succeeded run considered',
      ),
      coverageRatio: gauge(
        'match_run_last_coverage_ratio',
        'Covered / demand of the last succeeded run (0 when there was no demand)',
      ),
      finished: gauge(
        'match_run_last_finished_timestamp_seconds',
        'When the last succeeded run finished (Unix time)',
      ),
    };
  }

  async refresh(): Promise<void> {
    await Promise.all([this.refreshLastRun(), this.refreshDurations()]);
  }

  private async refreshLastRun(): Promise<void> {
    const [row] = await this.dataSource.query<LastRunRow[]>(
      `SELECT (stats->>'objective')::float8 AS objective, (stats->>'covered')::float8 AS covered,
              (stats->>'demand')::float8 AS demand, finished_at
         FROM match_runs
        WHERE status = $1 AND stats IS NOT NULL
        ORDER BY finished_at DESC NULLS LAST, id DESC
        LIMIT 1`,
      [MatchRunStatus.SUCCEEDED],
    );
    // Before any run has succeeded every gauge reads 0 (the finished time 0 tells it apart).
    const covered = row?.covered ?? 0;
    const demand = row?.demand ?? 0;
    this.lastRun.objective.set(row?.objective ?? 0);
    this.lastRun.covered.set(covered);
    this.lastRun.demand.set(demand);
    this.lastRun.coverageRatio.set(demand > 0 ? covered / demand : 0);
    this.lastRun.finished.set(row?.finished_at ? row.finished_at.getTime() / 1000 : 0);
  }

  private async refreshDurations(): Promise<void> {
    // Bounds are our constants, not input: inlined as literals, one FILTER per bucket.
    const buckets = RUN_DURATION_BUCKETS.map(
      (bound) => `count(*) FILTER (WHERE seconds <= ${Number(bound)})::int`,
    ).join(', ');
    const rows = await this.dataSource.query<DurationRow[]>(
      `SELECT status::text AS status, count(*)::int AS count,
              coalesce(sum(seconds), 0)::float8 AS sum, ARRAY[${buckets}] AS buckets
         FROM (SELECT status, EXTRACT(EPOCH FROM finished_at - started_at)::float8 AS seconds
                 FROM match_runs
                WHERE status = ANY($1) AND started_at IS NOT NULL AND finished_at IS NOT NULL) runs
        GROUP BY status`,
      [FINISHED],
    );
    this.durations.set(
      rows.map(({ status, count, sum, buckets: counts }) => ({
        labels: { status: status.toLowerCase() },
        buckets: counts,
        count,
        sum,
      })),
    );
  }
}
