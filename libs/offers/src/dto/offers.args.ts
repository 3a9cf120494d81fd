import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';

import { OfferFilter } from '../offer-filters';
import { OfferOrderBy, OfferSortField } from '../offer-ordering';

export { OfferOrderBy, OfferSortField };

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter;

  @Field(() => OfferOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferOrderBy)
  orderBy?: OrderBy<OfferSortField>;
}
