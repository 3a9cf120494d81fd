import { GraphQLISODateTime, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsString, MaxLength } from 'class-validator';
import { Brackets } from 'typeorm';

import { enumIn, type FilterField, type FilterOf, isUuid, listFilter, stringIn } from '@app/common';

import { AuditChangeKind } from './audit-entry.entity';

/** Strings of at most `length` characters each. */
const strings = (length: number) => [IsString({ each: true }), MaxLength(length, { each: true })];

/** Entries by these actors, given as user ids or emails (any case). */
const actor: FilterField<string[]> = {
  type: () => [String],
  description: 'User ids or emails of the actors',
  validators: [IsArray(), ArrayMaxSize(100), ...strings(320)],
  param: 'ids',
  apply: (query, alias, actors) => {
    const userIds = actors.filter((value) => isUuid(value));
    const emails = actors.filter((value) => !isUuid(value)).map((email) => email.toLowerCase());
    query.andWhere(
      new Brackets((either) => {
        if (userIds.length) either.orWhere(`${alias}.actor_user_id IN (:...userIds)`, { userIds });
        if (emails.length)
          either.orWhere(`lower(${alias}.actor_email) IN (:...emails)`, { emails });
      }),
    );
  },
};

/** Entries at or after (`>=`), or strictly before (`<`), a time. */
function occurred(operator: '>=' | '<', description: string): FilterField<Date> {
  return {
    type: () => GraphQLISODateTime,
    description,
    validators: [IsDate()],
    apply: (query, alias, time, key) =>
      void query.andWhere(`${alias}.occurred_at ${operator} :${key}`, { [key]: time }),
  };
}

/**
 * The filters of the audit log (GraphQL `auditEntries(filter:)`), declared once: the GraphQL
 * input AuditEntryFilter, its validation and the SQL.
 */
export const AUDIT_ENTRY_FILTER = listFilter('AuditEntryFilter', {
  actor,
  action: stringIn('action', strings(100), { max: 100, description: 'Mutations, e.g. createGap' }),
  entityType: stringIn('entity_type', strings(100), {
    max: 50,
    description: 'e.g. CapabilityGap, Offer, Proposal',
  }),
  entityId: stringIn('entity_id', strings(200), { max: 200, type: () => [ID] }),
  requestId: stringIn('request_id', strings(128), { max: 100, description: 'x-request-id values' }),
  kind: enumIn(AuditChangeKind, 'kind'),
  from: occurred('>=', 'From this time (inclusive)'),
  to: occurred('<', 'Before this time (exclusive)'),
});

/** `auditEntries(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const AuditEntryFilter = AUDIT_ENTRY_FILTER.input;
export type AuditEntryFilter = FilterOf<typeof AUDIT_ENTRY_FILTER.fields>;
