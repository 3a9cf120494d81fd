import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { GapFilter } from '../gap-filters';

export enum GapSortField {
  CREATED_AT = 'CREATED_AT',
  NEEDED_BY = 'NEEDED_BY',
  PRIORITY = 'PRIORITY',
  QUANTITY = 'QUANTITY',
  REMAINING = 'REMAINING',
  TITLE = 'TITLE',
}

registerEnumType(GapSortField, {
  name: 'GapSortField',
  valuesMap: {
    CREATED_AT: { description: 'When it was logged (default direction DESC: newest first)' },
    NEEDED_BY: { description: 'End of the needed-by window (default ASC: most urgent first)' },
    PRIORITY: { description: 'CRITICAL > HIGH > MEDIUM > LOW (default DESC: CRITICAL first)' },
    QUANTITY: { description: 'Quantity needed (default DESC)' },
    REMAINING: { description: 'Still to match: quantity − reserved − confirmed (default DESC)' },
    TITLE: { description: 'Title, A to Z by default' },
  },
});

export const GapOrderBy = OrderByInput(GapSortField, 'Gap');

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
