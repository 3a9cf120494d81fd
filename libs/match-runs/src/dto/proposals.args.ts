import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { ProposalFilter } from '../proposal-filters';
import { ProposalOrderBy, ProposalSortField } from '../proposal-ordering';

export { ProposalOrderBy, ProposalSortField };

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilter)
  filter?: ProposalFilter;

  @Field(() => ProposalOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalOrderBy)
  orderBy?: OrderBy<ProposalSortField>;
}
