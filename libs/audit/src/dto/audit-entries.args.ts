import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { AuditEntryFilter } from '../audit-filters';

export enum AuditEntrySortField {
  OCCURRED_AT = 'OCCURRED_AT',
}

registerEnumType(AuditEntrySortField, {
  name: 'AuditEntrySortField',
  valuesMap: {
    OCCURRED_AT: {
      description:
        'When it happened (default DESC: newest first; in a transaction, last written first)',
    },
  },
});

export const AuditEntryOrderBy = OrderByInput(AuditEntrySortField, 'AuditEntry');

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field(() => AuditEntryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEntryFilter)
  filter?: AuditEntryFilter;

  @Field(() => AuditEntryOrderBy, { nullable: true, description: 'Default: OCCURRED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEntryOrderBy)
  orderBy?: OrderBy<AuditEntrySortField>;
}
