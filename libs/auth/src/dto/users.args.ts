import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { UserFilter } from './user-filter.input';

export enum UserSortField {
  CREATED_AT = 'CREATED_AT',
  EMAIL = 'EMAIL',
}

registerEnumType(UserSortField, {
  name: 'UserSortField',
  valuesMap: {
    CREATED_AT: { description: 'When the account was created (default DESC: newest first)' },
    EMAIL: { description: 'Email, A to Z by default' },
  },
});

export const UserOrderBy = OrderByInput(UserSortField, 'User');

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
