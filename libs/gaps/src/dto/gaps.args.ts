import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { GapFilter } from '../gap-filters';
import { GapOrderBy, GapSortField } from '../gap-ordering';

export { GapOrderBy, GapSortField };

@ArgsType()
export class GapsArgs extends PageArgs {
  @Field(() => GapFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapFilter)
  filter?: GapFilter;

  @Field(() => GapOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapOrderBy)
  orderBy?: OrderBy<GapSortField>;
}
