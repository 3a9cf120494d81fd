import { Field, InputType, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

import { CreateOfferInput } from '@app/offers';

import { MatchWeightsInput } from './start-match-run.input';

/** An offer being considered (a pledge not yet made): the fields of createOffer. */
@InputType()
export class HypotheticalOfferInput extends OmitType(
  CreateOfferInput,
  ['open'] as const,
  InputType,
) {}

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
