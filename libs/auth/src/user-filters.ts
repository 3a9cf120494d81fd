import { IsBoolean } from 'class-validator';

import { enumIn, type FilterField, type FilterOf, IsIso3, listFilter, stringIn } from '@app/common';
import { Role } from '@app/domain';

/** Accounts that are (or are not) disabled. */
const disabled: FilterField<boolean> = {
  type: () => Boolean,
  validators: [IsBoolean()],
  param: 'boolean',
  apply: (query, alias, value, key) =>
    void query.andWhere(`${alias}.disabled = :${key}`, { [key]: value }),
};

/** The filters of the account list (GraphQL `users(filter:)`), declared once. */
export const USER_FILTER = listFilter('UserFilter', {
  role: enumIn(Role, 'role'),
  memberState: stringIn('member_state_iso3', [IsIso3({ each: true })], {
    description: 'ISO3 codes of the users’ states',
  }),
  disabled,
});

/** `users(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const UserFilter = USER_FILTER.input;
export type UserFilter = FilterOf<typeof USER_FILTER.fields>;
