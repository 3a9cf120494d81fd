import { IsNumber, Max, Min } from 'class-validator';
import { Float } from '@nestjs/graphql';

import {
  enumIn,
  type FilterField,
  type FilterOf,
  idIn,
  IsIso3,
  listFilter,
  stringIn,
} from '@app/common';
import { Category, ProposalStatus } from '@app/domain';

/**
 * The filters of what pairs a gap with an offer (proposals, partnerships): the gap, the offer, the
 * gap's T/PCC and category, the offer's donor. `statuses` is the list's status enum.
 */
export function pairingFilters<S extends Record<string, string>>(statuses: S) {
  return {
    gap: idIn('gap_id'),
    offer: idIn('offer_id'),
    status: enumIn(statuses, 'status'),
    memberState: stringIn('member_state_iso3', [IsIso3({ each: true })], {
      max: 200,
      description: "ISO3 codes of the gaps' T/PCCs",
      sql: (alias, key) =>
        `${alias}.gap_id IN (SELECT id FROM capability_gaps WHERE member_state_iso3 IN (:...${key}))`,
    }),
    donor: stringIn('donor_iso3', [IsIso3({ each: true })], {
      max: 200,
      description: "ISO3 codes of the offers' donors",
      sql: (alias, key) =>
        `${alias}.offer_id IN (SELECT id FROM offers WHERE donor_iso3 IN (:...${key}))`,
    }),
    category: enumIn(Category, 'category', {
      description: "The gap's (and offer's) category",
      sql: (alias, key) =>
        `${alias}.gap_id IN (SELECT id FROM capability_gaps WHERE category IN (:...${key}))`,
    }),
  };
}

/** Proposals scoring at least this. */
const minScore: FilterField<number> = {
  type: () => Float,
  description: 'Proposals scoring at least this, 0 to 1',
  validators: [IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(1)],
  param: 'number',
  apply: (query, alias, score, key) =>
    void query.andWhere(`${alias}.score >= :${key}`, { [key]: score }),
};

/**
 * The filters of the proposal list (GraphQL `proposals(filter:)`, `GET /export/proposals.*`),
 * declared once: the GraphQL input ProposalFilter, its validation, the SQL and the export
 * parameters.
 */
export const PROPOSAL_FILTER = listFilter('ProposalFilter', {
  run: idIn('run_id'),
  ...pairingFilters(ProposalStatus),
  minScore,
});

/** `proposals(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const ProposalFilter = PROPOSAL_FILTER.input;
export type ProposalFilter = FilterOf<typeof PROPOSAL_FILTER.fields>;
