import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';

import {
  arrayOverlaps,
  dateIn,
  enumIn,
  type FilterField,
  type FilterOf,
  IsCapabilityCode,
  IsIso3,
  IsLanguageCode,
  listFilter,
  stringIn,
  textContains,
} from '@app/common';
import { Category, GapStatus, Priority } from '@app/domain';
import { isInRegion, M49_REGIONS, UN_MEMBER_STATES } from '@app/geo';

export const M49_REGION_CODES = M49_REGIONS.map((region) => region.code);

/** ISO3 codes of the member states in any of these M49 regions. */
function memberStatesIn(regions: readonly string[]): string[] {
  return UN_MEMBER_STATES.filter((state) =>
    regions.some((region) => isInRegion(state.iso3, region)),
  ).map((state) => state.iso3);
}

/** The T/PCC in one of these M49 regions (any level). */
const region: FilterField<string[]> = {
  type: () => [String],
  description:
    'UN M49 regions, sub-regions or intermediate regions of the T/PCC, e.g. 002 (Africa), 202 (Sub-Saharan Africa), 014 (Eastern Africa)',
  validators: [
    IsArray(),
    ArrayMaxSize(50),
    IsIn(M49_REGION_CODES, {
      each: true,
      message: 'region must contain three-digit UN M49 region codes such as 002',
    }),
  ],
  param: 'ids',
  apply: (query, alias, regions) => {
    const regionStates = memberStatesIn(regions);
    if (regionStates.length === 0) query.andWhere('FALSE');
    else query.andWhere(`${alias}.member_state_iso3 IN (:...regionStates)`, { regionStates });
  },
};

/**
 * Gaps with no proposal in hand (none PROPOSED, ACCEPTED or CONFIRMED, from any run), or, with
 * false, those with one: "what got nothing" on a coordinator's home page.
 */
const withoutProposal: FilterField<boolean> = {
  type: () => Boolean,
  description: 'true: gaps no proposal is open or confirmed for (from any run); false: the others',
  validators: [IsBoolean()],
  param: 'boolean',
  apply: (query, alias, value) =>
    void query.andWhere(
      `${value ? 'NOT ' : ''}EXISTS (SELECT 1 FROM proposals p WHERE p.gap_id = ${alias}.id
         AND p.status IN ('PROPOSED', 'ACCEPTED', 'CONFIRMED'))`,
    ),
};

/**
 * The filters of the gap register (GraphQL `gaps(filter:)`, `GET /export/gaps.*`), declared once:
 * the GraphQL input GapFilter, its validation, the SQL and the export parameters come from here.
 */
export const GAP_FILTER = listFilter('GapFilter', {
  category: enumIn(Category, 'category'),
  status: enumIn(GapStatus, 'status'),
  priority: enumIn(Priority, 'priority'),
  memberState: stringIn('member_state_iso3', [IsIso3({ each: true })], {
    max: 200,
    description: 'ISO3 codes of T/PCCs',
  }),
  mission: stringIn('mission_code', [IsString({ each: true }), MaxLength(20, { each: true })], {
    max: 50,
    description: 'Mission codes',
  }),
  capability: stringIn('capability', [IsCapabilityCode({ each: true })], {
    max: 200,
    description: 'Capability codes, e.g. CASEVAC',
  }),
  region,
  language: arrayOverlaps('languages', [IsLanguageCode({ each: true })], {
    max: 20,
    param: 'languages',
    description: 'Gaps accepting at least one of these languages (ISO 639-1)',
  }),
  neededBy: dateIn('needed_by', 'Gaps whose neededBy day is in range'),
  withoutProposal,
  search: textContains(
    'title',
    'Text the title contains, case-insensitive (at least 2 characters)',
  ),
});

/** `gaps(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const GapFilter = GAP_FILTER.input;
export type GapFilter = FilterOf<typeof GAP_FILTER.fields>;
