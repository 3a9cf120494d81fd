import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

export enum MemberStateSortField {
  NAME = 'NAME',
  ISO3 = 'ISO3',
}

registerEnumType(MemberStateSortField, {
  name: 'MemberStateSortField',
  valuesMap: {
    NAME: { description: 'Name, A to Z by default' },
    ISO3: { description: 'ISO3 code, A to Z by default' },
  },
});

export const MemberStateOrderBy = OrderByInput(MemberStateSortField, 'MemberState');

@InputType()
export class MemberStateFilter {
  @Field(() => String, { nullable: true, description: 'M49 region or sub-region code, e.g. 002' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'region must be a three-digit M49 code' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or ISO code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

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
