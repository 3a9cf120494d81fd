import { ArrayMaxSize, IsArray, IsEnum } from 'class-validator';

import {
  enumIn,
  type FilterField,
  type FilterOf,
  idIn,
  IsIso3,
  listFilter,
  stringIn,
} from '@app/common';
import { Category, OPEN_PLEDGE_STATUSES, PledgeFlag, PledgeKind, PledgeStatus } from '@app/domain';

/** The SQL parameter holding PLEDGE_UNLINKED_FLAG_DAYS; the service sets it on every query. */
export const UNLINKED_DAYS_PARAM = 'pledgeUnlinkedFlagDays';

const OPEN = OPEN_PLEDGE_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * Each flag as a SQL condition on the pledge row `alias` (the one definition the `flags` field and
 * the `flag` filter share).
 */
export const PLEDGE_FLAG_SQL: Record<PledgeFlag, (alias: string) => string> = {
  [PledgeFlag.NOTHING_LINKED]: (alias) => `(
    ${alias}.status IN (${OPEN})
    AND NOT EXISTS (SELECT 1 FROM pledge_offers flag_link WHERE flag_link.pledge_id = ${alias}.id)
    AND (SELECT flag_ministerial.held_on FROM ministerials flag_ministerial
         WHERE flag_ministerial.id = ${alias}.ministerial_id)
        + CAST(:${UNLINKED_DAYS_PARAM} AS integer) <= CURRENT_DATE)`,
  [PledgeFlag.LINKED_OFFERS_EXPIRED]: (alias) => `(
    ${alias}.status = '${PledgeStatus.COMMITTED}'
    AND EXISTS (SELECT 1 FROM pledge_offers flag_link WHERE flag_link.pledge_id = ${alias}.id)
    AND NOT EXISTS (
      SELECT 1 FROM pledge_offers flag_link JOIN offers flag_offer ON flag_offer.id = flag_link.offer_id
      WHERE flag_link.pledge_id = ${alias}.id
        AND flag_offer.status <> 'EXPIRED' AND flag_offer.available_to >= CURRENT_DATE))`,
};

/** Pledges of these states, as lead or as a member of a joint pledge. */
const state: FilterField<string[]> = {
  type: () => [String],
  description: 'ISO3 codes of states: pledges they lead or join',
  validators: [IsArray(), ArrayMaxSize(200), IsIso3({ each: true })],
  param: 'codes',
  apply: (query, alias, states, key) =>
    void query.andWhere(
      `(${alias}.lead_iso3 IN (:...${key}) OR ${alias}.member_iso3s && CAST(:${key}Array AS text[]))`,
      { [key]: states, [`${key}Array`]: states },
    ),
};

/** Pledges raising any of these flags. */
const flag: FilterField<PledgeFlag[]> = {
  type: () => [PledgeFlag],
  description: 'Pledges raising at least one of these flags',
  validators: [IsArray(), IsEnum(PledgeFlag, { each: true })],
  param: 'codes',
  apply: (query, alias, flags) =>
    void query.andWhere(`(${flags.map((name) => PLEDGE_FLAG_SQL[name](alias)).join(' OR ')})`),
};

/** The filters of the pledges list (GraphQL `pledges(filter:)`), declared once. */
export const PLEDGE_FILTER = listFilter('PledgeFilter', {
  ministerial: idIn('ministerial_id', { description: 'Ids of Ministerials' }),
  lead: stringIn('lead_iso3', [IsIso3({ each: true })], {
    max: 200,
    description: 'ISO3 codes of lead (pledging) states',
  }),
  state,
  status: enumIn(PledgeStatus, 'status'),
  kind: enumIn(PledgeKind, 'kind'),
  category: enumIn(Category, 'category'),
  flag,
});

/** `pledges(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const PledgeFilter = PLEDGE_FILTER.input;
export type PledgeFilter = FilterOf<typeof PLEDGE_FILTER.fields>;
