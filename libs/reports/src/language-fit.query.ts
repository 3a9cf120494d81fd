import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { MATCHABLE_OFFER_STATUSES } from '@app/domain';

import { demandFigures, type DemandSqlFigures, NO_DEMAND } from './demand-figures';
import { type LanguageFitArgs } from './dto/language-fit.args';
import { OPEN_PROPOSALS } from './gap-commitments';
import { type LanguageFitFigures } from './language-fit-figures.model';
import { type LanguageFitReport } from './language-fit-report.model';
import { gapConditions, REPORTED_GAP_STATUSES } from './report-filters';
import { type ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

/** How much of the demand of gaps accepting a language is met, in that language, and its supply. */
@Injectable()
export class LanguageFitQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(scope: ReportScope, args: LanguageFitArgs): Promise<LanguageFitReport> {
    const params = new SqlParams();
    const language = params.add(args.language);
    const where = gapConditions(scope, args.filter, params, REPORTED_GAP_STATUSES);
    const rows = await this.dataSource.query<LanguageSqlRow[]>(
      `WITH figures AS (
         SELECT g.languages <@ ARRAY[${language}]::text[] AS only_language, g.quantity AS demand,
                COALESCE(pa.confirmed, 0) AS confirmed, COALESCE(pa.confirmed_in, 0) AS confirmed_in,
                LEAST(COALESCE(pr.open, 0), g.quantity - COALESCE(pa.confirmed, 0)) AS proposed,
                LEAST(COALESCE(pr.open_in, 0), COALESCE(pr.open, 0),
                      g.quantity - COALESCE(pa.confirmed, 0)) AS proposed_in
         FROM capability_gaps g
         JOIN member_states ms ON ms.iso3 = g.member_state_iso3
         -- Aggregated per table and hash-joined (as GAP_COMMITMENTS), not gap by gap.
         LEFT JOIN (
           SELECT p.gap_id, sum(p.quantity) AS confirmed,
                  sum(p.quantity) FILTER (WHERE ${language} = ANY(o.languages)) AS confirmed_in
           FROM partnerships p JOIN offers o ON o.id = p.offer_id GROUP BY p.gap_id
         ) pa ON pa.gap_id = g.id
         LEFT JOIN (
           SELECT x.gap_id, sum(x.quantity) AS open,
                  sum(x.quantity) FILTER (WHERE ${language} = ANY(o.languages)) AS open_in
           FROM proposals x JOIN offers o ON o.id = x.offer_id
           WHERE x.status IN (${OPEN_PROPOSALS}) GROUP BY x.gap_id
         ) pr ON pr.gap_id = g.id
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
      // The supply the caller may see: a donor its own offers, a T/PCC the published ones.
      scope.offers(supplyParams),
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
}

function languageFigures(row: LanguageSqlRow): LanguageFitFigures {
  return {
    ...demandFigures(row),
    confirmedInLanguage: row.confirmed_in,
    proposedInLanguage: row.proposed_in,
    inLanguagePercent: row.in_language_percent,
  };
}

function emptyLanguageFigures(): LanguageFitFigures {
  return { ...NO_DEMAND, confirmedInLanguage: 0, proposedInLanguage: 0, inLanguagePercent: null };
}

interface LanguageSqlRow extends DemandSqlFigures {
  total: number;
  only_language: boolean | null;
  confirmed_in: number;
  proposed_in: number;
  in_language_percent: number | null;
}
