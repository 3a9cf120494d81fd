import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { MemberStateFilter } from '../member-state-filters';
import { MemberStateOrderBy, MemberStateSortField } from '../member-state-ordering';

export { MemberStateOrderBy, MemberStateSortField };

@ArgsType()
export class MemberStatesArgs extends PageArgs {
  @Field(() => MemberStateFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberStateFilter)
  filter?: MemberStateFilter;

  @Field(() => MemberStateOrderBy, { nullable: true, description: 'Default: NAME ASC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberStateOrderBy)
  orderBy?: OrderBy<MemberStateSortField>;
}
