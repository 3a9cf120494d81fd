import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { type Category, PledgeStatus, type QuantityUnit } from '@app/domain';
import { SqlParams } from '@app/reports';

import { MinisterialRequirement } from '../ministerial-requirement.entity';
import { Ministerial } from '../ministerial.entity';
import { type PledgeReportArgs } from './pledge-report.args';
import { pledgeConditions, requirementConditions } from './pledge-report-filter.input';
import {
  type MinisterialPledgeReport,
  type PledgeRequirementRow,
} from './pledge-requirements-report.model';
import { CONFIRMED_PLEDGE_STATUSES, deliveredSql } from './pledge-progress.sql';

/** The key of a row: Ministerial, category, capability, unit ('' for none). */
const keyOf = (row: {
  ministerialId: string;
  category: string;
  capability: string | null;
  unit: string | null;
}) => [row.ministerialId, row.category, row.capability ?? '', row.unit ?? ''].join('|');

/**
 * Per Ministerial: its requirement lines and its pledges (not withdrawn) summed by category,
 * capability and unit, side by side (a full join: lines nobody pledged for, pledges beyond the
 * list). Pledges have no mission, so lines of one capability for several missions are one row.
 */
@Injectable()
export class PledgeRequirementsReportQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(args: PledgeReportArgs): Promise<MinisterialPledgeReport[]> {
    const params = new SqlParams();
    const onPledges = ['true', ...pledgeConditions(args.filter, params, 'p')];
    const onLines = ['true', ...requirementConditions(args.filter, params, 'r')];
    const rows = await this.dataSource.query<SqlRow[]>(
      `WITH pledged AS (
         SELECT p.ministerial_id, p.category::text AS category, p.capability, p.unit::text AS unit,
                count(*)::int AS pledges, coalesce(sum(p.quantity), 0)::int AS pledged,
                coalesce(sum(p.quantity) FILTER (WHERE p.status::text = ANY(${params.add(CONFIRMED_PLEDGE_STATUSES)}::text[])), 0)::int AS committed,
                coalesce(sum(${deliveredSql('p')}), 0)::int AS delivered
           FROM pledges p
          WHERE p.status <> '${PledgeStatus.WITHDRAWN}' AND ${onPledges.join(' AND ')}
          GROUP BY 1, 2, 3, 4),
       required AS (
         SELECT r.ministerial_id, r.category::text AS category, r.capability, r.unit::text AS unit,
                count(*)::int AS lines, sum(r.quantity)::int AS required
           FROM ministerial_requirements r
          WHERE ${onLines.join(' AND ')}
          GROUP BY 1, 2, 3, 4)
       SELECT coalesce(r.ministerial_id, p.ministerial_id) AS "ministerialId",
              coalesce(r.category, p.category) AS category,
              coalesce(r.capability, p.capability) AS capability,
              coalesce(r.unit, p.unit) AS unit,
              coalesce(r.lines, 0) AS "requirementLines", coalesce(r.required, 0) AS required,
              coalesce(p.pledges, 0) AS pledges, coalesce(p.pledged, 0) AS pledged,
              coalesce(p.committed, 0) AS committed, coalesce(p.delivered, 0) AS delivered
         FROM required r
         FULL JOIN pledged p
           ON p.ministerial_id = r.ministerial_id AND p.category = r.category
          AND coalesce(p.capability, '') = coalesce(r.capability, '')
          AND coalesce(p.unit, '') = coalesce(r.unit, '')`,
      params.values,
    );

    const ministerialIds = args.filter?.ministerial;
    const ministerials = await this.dataSource.getRepository(Ministerial).find({
      where: ministerialIds?.length ? { id: In(ministerialIds) } : {},
      order: { heldOn: 'ASC', id: 'ASC' },
    });
    const lines = await this.dataSource.getRepository(MinisterialRequirement).find({
      where: {
        ministerialId: In(ministerials.map((ministerial) => ministerial.id)),
        ...(args.filter?.category?.length ? { category: In(args.filter.category) } : {}),
      },
      order: { missionCode: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const linesByKey = new Map<string, MinisterialRequirement[]>();
    for (const line of lines) {
      const key = keyOf(line);
      linesByKey.set(key, [...(linesByKey.get(key) ?? []), line]);
    }

    return ministerials.map((ministerial) => {
      const own = rows
        .filter((row) => row.ministerialId === ministerial.id)
        .map((row): PledgeRequirementRow => {
          const shortfall = Math.max(row.required - row.pledged, 0);
          return {
            category: row.category as Category,
            capability: row.capability,
            unit: row.unit as QuantityUnit | null,
            requirementLines: row.requirementLines,
            required: row.required,
            pledges: row.pledges,
            pledged: row.pledged,
            committed: row.committed,
            delivered: row.delivered,
            shortfall,
            coveredPercent: percent(row.pledged, row.required),
            fulfilledPercent: percent(row.delivered, row.required),
            unfilled: row.required > 0 && shortfall > 0,
            requirements: linesByKey.get(keyOf(row)) ?? [],
          };
        })
        .sort(
          (a, b) =>
            Number(b.unfilled) - Number(a.unfilled) ||
            b.shortfall - a.shortfall ||
            a.category.localeCompare(b.category) ||
            (a.capability ?? '').localeCompare(b.capability ?? '') ||
            (a.unit ?? '').localeCompare(b.unit ?? ''),
        );
      return {
        ministerial,
        rows: own,
        requirementLines: own.reduce((sum, row) => sum + row.requirementLines, 0),
        unfilledLines: own
          .filter((row) => row.unfilled)
          .reduce((sum, row) => sum + row.requirementLines, 0),
        pledges: own.reduce((sum, row) => sum + row.pledges, 0),
      };
    });
  }
}

/** 100 · part / whole, one decimal; null without a whole (as percentSql). */
function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
}

interface SqlRow {
  ministerialId: string;
  category: string;
  capability: string | null;
  unit: string | null;
  requirementLines: number;
  required: number;
  pledges: number;
  pledged: number;
  committed: number;
  delivered: number;
}
