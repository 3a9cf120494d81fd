import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { BadInputError } from '@app/common';
import { type Category, MATCHABLE_GAP_STATUSES, type Priority } from '@app/domain';

import { type PersistentGapsArgs } from './dto/persistent-gaps.args';
import { GAP_COMMITMENTS, PROPOSED } from './gap-commitments';
import { type PersistentGap } from './persistent-gap.model';
import { type PersistentGapConnection } from './persistent-gap-connection.model';
import { GAP_OPENED_AT } from './report-filter';
import { gapConditions } from './report-filters';
import { page, pageRowsAndCount } from './report-page';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** Open gaps still lacking partnerships: open over N days and/or unmet by the last K runs. */
@Injectable()
export class PersistentGapsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(scope: ReportScope, args: PersistentGapsArgs): Promise<PersistentGapConnection> {
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
    const where = gapConditions(scope, { ...args.filter, status: matchable }, params, []);
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
               ${GAP_OPENED_AT} AS opened_at
        FROM capability_gaps g
        JOIN member_states ms ON ms.iso3 = g.member_state_iso3
        ${GAP_COMMITMENTS}
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

    const { rows, totalCount } = await pageRowsAndCount<PersistentGapSqlRow>({
      dataSource: this.dataSource,
      withClause: persistent,
      table: 'persistent',
      column: 'opened_at',
      args,
      params,
    });
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
    return page(nodes, args, totalCount, (node) => ({
      value: node.openedAt.toISOString(),
      id: node.gapId,
    }));
  }
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
