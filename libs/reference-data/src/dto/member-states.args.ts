import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { MemberStateFilter } from './member-state-filter.input';

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
