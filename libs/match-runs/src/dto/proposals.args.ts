import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

import { ProposalFilter } from '../proposal-filters';

export enum ProposalSortField {
  CREATED_AT = 'CREATED_AT',
  SCORE = 'SCORE',
  QUANTITY = 'QUANTITY',
}

registerEnumType(ProposalSortField, {
  name: 'ProposalSortField',
  valuesMap: {
    CREATED_AT: { description: 'When its run wrote it (default DESC: newest first)' },
    SCORE: { description: 'Score in (0, 1] (default DESC: best first)' },
    QUANTITY: { description: 'Quantity proposed (default DESC)' },
  },
});

export const ProposalOrderBy = OrderByInput(ProposalSortField, 'Proposal');

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilter)
  filter?: ProposalFilter;

  @Field(() => ProposalOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalOrderBy)
  orderBy?: OrderBy<ProposalSortField>;
}
