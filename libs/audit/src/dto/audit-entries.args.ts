import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { AuditEntryFilter } from '../audit-filters';
import { AuditEntryOrderBy, AuditEntrySortField } from '../audit-ordering';

export { AuditEntryOrderBy, AuditEntrySortField };

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
