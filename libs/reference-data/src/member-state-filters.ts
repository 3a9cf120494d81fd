import { IsString, Matches, MaxLength } from 'class-validator';

import { containsPattern, type FilterField, type FilterOf, listFilter } from '@app/common';

/** States in an M49 region or sub-region. */
const region: FilterField<string> = {
  type: () => String,
  description: 'M49 region or sub-region code, e.g. 002',
  validators: [Matches(/^\d{3}$/, { message: 'region must be a three-digit M49 code' })],
  param: 'ids',
  apply: (query, alias, code, key) =>
    void query.andWhere(`(${alias}.region_code = :${key} OR ${alias}.sub_region_code = :${key})`, {
      [key]: code,
    }),
};

/** States whose name contains the text, or whose ISO3 code it is. */
const search: FilterField<string> = {
  type: () => String,
  description: 'Part of the name or ISO code',
  validators: [IsString(), MaxLength(100)],
  param: 'text',
  apply: (query, alias, text, key) =>
    void query.andWhere(`(${alias}.name ILIKE :${key}Pattern OR ${alias}.iso3 = :${key}Code)`, {
      [`${key}Pattern`]: containsPattern(text),
      [`${key}Code`]: text.toUpperCase(),
    }),
};

/** The filters of the member state list (GraphQL `memberStates(filter:)`), declared once. */
export const MEMBER_STATE_FILTER = listFilter('MemberStateFilter', { region, search });

/** `memberStates(filter:)`; fields combine with AND. */
export const MemberStateFilter = MEMBER_STATE_FILTER.input;
export type MemberStateFilter = FilterOf<typeof MEMBER_STATE_FILTER.fields>;
