import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ScoreBreakdown } from './score-breakdown.model';

@ObjectType({ description: 'Units of an offer the engine would give a gap, and why' })
export class WhatIfAllocation {
  @Field(() => ID) gapId: string;
  @Field(() => ID, { description: 'An offer id, or hypothetical-N for an offer of the input' })
  offerId: string;
  @Field(() => Boolean) hypothetical: boolean;
  @Field(() => Int) quantity: number;
  @Field(() => Float) score: number;
  @Field(() => ScoreBreakdown) breakdown: ScoreBreakdown;
  @Field(() => String) explanation: string;
}
