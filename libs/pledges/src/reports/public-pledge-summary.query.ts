import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Category, PledgeStatus, type QuantityUnit } from '@app/domain';

import { deliveredSql, percentSql } from './pledge-progress.sql';
import {
  type PublicPledgeQuantity,
  type PublicPledgeSummaryRow,
} from './public-pledge-summary.model';

const WITHDRAWN = `'${PledgeStatus.WITHDRAWN}'`;

/**
 * The public summary: per Ministerial and category, counts of pledges and states, and per unit
 * the units required, pledged and delivered. Reads no person, text or reason; deliveries from an
 * offer or gap still in DRAFT are left out (deliveredSql). Two statements.
 */
@Injectable()
export class PublicPledgeSummaryQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<PublicPledgeSummaryRow[]> {
    const groups = await this.dataSource.query<GroupRow[]>(
      `WITH categories AS (
         SELECT ministerial_id, category FROM pledges
         UNION SELECT ministerial_id, category FROM ministerial_requirements)
       SELECT m.code AS "ministerialCode", m.city, m.held_on::text AS "heldOn",
              c.category::text AS category,
              (SELECT count(*) FROM pledges p WHERE p.ministerial_id = m.id
                 AND p.category = c.category AND p.status <> ${WITHDRAWN})::int AS pledges,
              (SELECT count(*) FROM pledges p WHERE p.ministerial_id = m.id
                 AND p.category = c.category AND p.status = '${PledgeStatus.FULFILLED}')::int
                AS "fulfilledPledges",
              (SELECT count(*) FROM pledges p WHERE p.ministerial_id = m.id
                 AND p.category = c.category AND p.status = ${WITHDRAWN})::int AS "withdrawnPledges",
              (SELECT count(DISTINCT state) FROM pledges p,
                      unnest(ARRAY[p.lead_iso3::text] || p.member_iso3s) AS state
                WHERE p.ministerial_id = m.id AND p.category = c.category
                  AND p.status <> ${WITHDRAWN})::int AS "pledgingStates"
         FROM categories c JOIN ministerials m ON m.id = c.ministerial_id
        ORDER BY m.held_on, m.code, c.category::text`,
    );
    const quantities = await this.dataSource.query<(PublicPledgeQuantity & Keyed)[]>(
      `WITH pledged AS (
         SELECT p.ministerial_id, p.category, p.unit, sum(p.quantity)::int AS pledged,
                sum(${deliveredSql('p')})::int AS delivered
           FROM pledges p WHERE p.unit IS NOT NULL AND p.status <> ${WITHDRAWN}
          GROUP BY 1, 2, 3),
       required AS (
         SELECT ministerial_id, category, unit, sum(quantity)::int AS required
           FROM ministerial_requirements GROUP BY 1, 2, 3)
       SELECT m.code AS "ministerialCode", coalesce(r.category, p.category)::text AS category,
              coalesce(r.unit, p.unit)::text AS unit, coalesce(r.required, 0) AS required,
              coalesce(p.pledged, 0) AS pledged, coalesce(p.delivered, 0) AS delivered,
              ${percentSql('coalesce(p.pledged, 0)', 'r.required')} AS "coveredPercent",
              ${percentSql('coalesce(p.delivered, 0)', 'p.pledged')} AS "fulfilledPercent"
         FROM required r
         FULL JOIN pledged p ON p.ministerial_id = r.ministerial_id
          AND p.category = r.category AND p.unit = r.unit
         JOIN ministerials m ON m.id = coalesce(r.ministerial_id, p.ministerial_id)
        ORDER BY unit`,
    );
    return groups.map((group) => ({
      ...group,
      category: group.category as Category,
      quantities: quantities
        .filter(
          (quantity) =>
            quantity.ministerialCode === group.ministerialCode &&
            quantity.category === group.category,
        )
        .map(({ ministerialCode: _code, category: _category, ...quantity }) => ({
          ...quantity,
          unit: quantity.unit as QuantityUnit,
        })),
    }));
  }
}

interface Keyed {
  ministerialCode: string;
  category: string;
}

type GroupRow = Omit<PublicPledgeSummaryRow, 'quantities'>;
