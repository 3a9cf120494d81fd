import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { OfferFilter } from '../offer-filters';

export enum OfferSortField {
  CREATED_AT = 'CREATED_AT',
  AVAILABLE_FROM = 'AVAILABLE_FROM',
  CAPACITY = 'CAPACITY',
  TITLE = 'TITLE',
}

registerEnumType(OfferSortField, {
  name: 'OfferSortField',
  valuesMap: {
    CREATED_AT: { description: 'When it was posted (default direction DESC: newest first)' },
    AVAILABLE_FROM: { description: 'Start of the availability window (default ASC)' },
    CAPACITY: { description: 'Capacity, in its unit (default DESC)' },
    TITLE: { description: 'Title, A to Z by default' },
  },
});

export const OfferOrderBy = OrderByInput(OfferSortField, 'Offer');

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
