import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '@app/config';
import { PledgeFlag, PledgeStatus } from '@app/domain';
import { SqlParams } from '@app/reports';

import { PLEDGE_FLAG_SQL, UNLINKED_DAYS_PARAM } from '../pledge-filters';
import { type PledgeReportArgs } from './pledge-report.args';
import { pledgeConditions } from './pledge-report-filter.input';
import { type PledgeFollowUpReport, type PledgeFollowUpRow } from './pledge-follow-up-report.model';

/** The counts of a group of pledges `p` (each row once). */
const COUNTS = `
  count(*) FILTER (WHERE p.status = '${PledgeStatus.ANNOUNCED}')::int AS announced,
  count(*) FILTER (WHERE p.status = '${PledgeStatus.COMMITTED}')::int AS committed,
  count(*) FILTER (WHERE p.status = '${PledgeStatus.IN_PROGRESS}')::int AS "inProgress",
  count(*) FILTER (WHERE p.status = '${PledgeStatus.FULFILLED}')::int AS fulfilled,
  count(*) FILTER (WHERE p.status = '${PledgeStatus.WITHDRAWN}')::int AS withdrawn,
  count(*) FILTER (WHERE p.nothing_linked)::int AS "nothingLinked",
  count(*) FILTER (WHERE p.expired)::int AS "linkedOffersExpired"`;

/**
 * Pledge follow-up: per state (a joint pledge counts for its lead and each member), how many
 * pledges are at each rung of the ladder and how many are flagged (by the flags' own SQL); the
 * totals count each pledge once. One statement.
 */
@Injectable()
export class PledgeFollowUpReportQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async run(args: PledgeReportArgs): Promise<PledgeFollowUpReport> {
    const params = new SqlParams();
    const days = params.add(this.config.pledgeUnlinkedFlagDays);
    // The flags' SQL names its parameter; here it is positional.
    const flag = (name: PledgeFlag) =>
      PLEDGE_FLAG_SQL[name]('pledge').replaceAll(`:${UNLINKED_DAYS_PARAM}`, days);
    const conditions = ['true', ...pledgeConditions(args.filter, params, 'pledge')];
    const rows = await this.dataSource.query<(PledgeFollowUpRow & { total: boolean })[]>(
      `WITH p AS (
         SELECT pledge.id, pledge.status, pledge.lead_iso3, pledge.member_iso3s,
                ${flag(PledgeFlag.NOTHING_LINKED)} AS nothing_linked,
                ${flag(PledgeFlag.LINKED_OFFERS_EXPIRED)} AS expired
           FROM pledges pledge
          WHERE ${conditions.join(' AND ')}),
       by_state AS (
         SELECT p.*, p.lead_iso3 AS state, true AS leads FROM p
         UNION ALL
         SELECT p.*, member.iso3 AS state, false AS leads FROM p, unnest(p.member_iso3s) AS member(iso3))
       SELECT false AS total, p.state AS "stateIso3",
              count(*) FILTER (WHERE p.leads)::int AS led,
              count(*) FILTER (WHERE NOT p.leads)::int AS joined,
              count(*)::int AS pledges, ${COUNTS}
         FROM by_state p GROUP BY p.state
       UNION ALL
       SELECT true, NULL, count(*)::int, 0, count(*)::int, ${COUNTS} FROM p
       ORDER BY total, pledges DESC, "stateIso3"`,
      params.values,
    );
    const strip = ({ total: _total, ...row }: PledgeFollowUpRow & { total: boolean }) => row;
    return {
      rows: rows.filter((row) => !row.total).map(strip),
      totals: strip(rows.find((row) => row.total)!),
    };
  }
}
