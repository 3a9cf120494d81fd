import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

import { HypotheticalOfferInput } from './hypothetical-offer.input';
import { MatchWeightsInput } from './match-weights.input';

@InputType()
export class WhatIfInput {
  @Field(() => MatchWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchWeightsInput)
  weights?: MatchWeightsInput | null;

  @Field(() => [HypotheticalOfferInput], {
    nullable: true,
    description: 'Offers to add to the open ones, as if they had been made (ids hypothetical-1, …)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => HypotheticalOfferInput)
  offers?: HypotheticalOfferInput[] | null;
}
