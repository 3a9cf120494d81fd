import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { PartnershipFilter } from '../partnership-filters';

export enum PartnershipSortField {
  CREATED_AT = 'CREATED_AT',
  QUANTITY = 'QUANTITY',
  DELIVERED_QUANTITY = 'DELIVERED_QUANTITY',
}

registerEnumType(PartnershipSortField, {
  name: 'PartnershipSortField',
  valuesMap: {
    CREATED_AT: { description: 'When it was confirmed (default DESC: newest first)' },
    QUANTITY: { description: 'Units committed (default DESC)' },
    DELIVERED_QUANTITY: { description: 'Units delivered so far (default DESC)' },
  },
});

export const PartnershipOrderBy = OrderByInput(PartnershipSortField, 'Partnership');

@ArgsType()
export class PartnershipsArgs extends PageArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;

  @Field(() => PartnershipOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipOrderBy)
  orderBy?: OrderBy<PartnershipSortField>;
}
