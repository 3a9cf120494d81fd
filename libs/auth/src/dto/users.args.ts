import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { UserFilter } from '../user-filters';
import { UserOrderBy, UserSortField } from '../user-ordering';

export { UserOrderBy, UserSortField };

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;

  @Field(() => UserOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserOrderBy)
  orderBy?: OrderBy<UserSortField>;
}
