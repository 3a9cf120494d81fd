import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { HardRuleCode, OfferOutcomeCode } from './diagnosis-codes';
import { DiagnosisAllocation } from './diagnosis-allocation.model';
import { DiagnosisScoreChange } from './diagnosis-score-change.model';

@ObjectType({ description: 'One offer of the gap’s category, and what became of it for the gap' })
export class OfferVerdict {
  @Field(() => ID) offerId: string;
  @Field(() => String, { description: 'The donor, ISO3' }) donor: string;
  @Field(() => OfferOutcomeCode) outcome: OfferOutcomeCode;

  @Field(() => HardRuleCode, {
    nullable: true,
    description: 'For NOT_CANDIDATE: the first rule failed',
  })
  rule: HardRuleCode | null;

  @Field(() => Int, { description: 'Units the run proposed of this offer for the gap' })
  quantity: number;

  @Field(() => Float, { nullable: true, description: 'The pair’s score, when a candidate' })
  score: number | null;

  @Field(() => [DiagnosisAllocation], {
    description: 'For OUTBID: the gaps that got the offer’s units instead, highest score first',
  })
  competition: DiagnosisAllocation[];

  @Field(() => Float, {
    nullable: true,
    description:
      'For OUTBID: the gap gets units of this offer if, and only if, its score is above this',
  })
  scoreNeeded: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For OUTBID: with this many more units (capacity or budget) the offer would serve the gap too',
  })
  capacityMissing: number | null;

  @Field(() => [DiagnosisScoreChange], {
    description: 'For OUTBID: single changes to the gap that alone would lift it above scoreNeeded',
  })
  scoreChanges: DiagnosisScoreChange[];

  @Field(() => String, { description: 'In English; the web app renders the codes and numbers' })
  explanation: string;
}
