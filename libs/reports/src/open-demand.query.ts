import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type GapReportFilter } from './dto/gap-report-filter.input';
import { GAP_COMMITMENTS, PROPOSED } from './gap-commitments';
import { type MemberStateDemand } from './member-state-demand.model';
import { gapConditions, REPORTED_GAP_STATUSES } from './report-filters';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** Open demand per T/PCC with its M49 region (the map's demand mode), one statement. */
@Injectable()
export class OpenDemandQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run(scope: ReportScope, filter: GapReportFilter | undefined): Promise<MemberStateDemand[]> {
    const params = new SqlParams();
    const where = gapConditions(scope, filter, params, REPORTED_GAP_STATUSES);
    return this.dataSource.query<MemberStateDemand[]>(
      `WITH figures AS (
         SELECT g.member_state_iso3 AS iso3, g.quantity AS demand,
                COALESCE(pa.confirmed, 0) AS confirmed, ${PROPOSED} AS proposed
         FROM capability_gaps g
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         ${GAP_COMMITMENTS}
         WHERE ${where}
       )
       SELECT ms.iso3::text AS "memberStateIso3", ms.name AS "memberStateName",
              ms.region_code::text AS "regionCode", ms.region_name AS "regionName",
              ms.sub_region_code::text AS "subRegionCode", ms.sub_region_name AS "subRegionName",
              count(*)::int AS gaps, sum(f.demand)::int AS demand,
              sum(f.confirmed)::int AS confirmed, sum(f.proposed)::int AS proposed,
              sum(f.demand - f.confirmed - f.proposed)::int AS unmet,
              sum(f.demand - f.confirmed)::int AS open
       FROM figures f JOIN member_states ms ON ms.iso3 = f.iso3
       GROUP BY ms.iso3, ms.name, ms.region_code, ms.region_name, ms.sub_region_code,
                ms.sub_region_name
       ORDER BY open DESC, ms.iso3`,
      params.values,
    );
  }
}
