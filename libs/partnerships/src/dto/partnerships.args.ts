import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { PartnershipFilter } from '../partnership-filters';
import { PartnershipOrderBy, PartnershipSortField } from '../partnership-ordering';

export { PartnershipOrderBy, PartnershipSortField };

@ArgsType()
export class PartnershipsArgs extends PageArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;

  @Field(() => PartnershipOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipOrderBy)
  orderBy?: OrderBy<PartnershipSortField>;
}
