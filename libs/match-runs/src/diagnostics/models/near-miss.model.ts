import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { HardRuleCode } from './diagnosis-codes';
import { DiagnosisOfferChange } from './diagnosis-offer-change.model';

@ObjectType({
  description: 'A gap with demand left that the offer would serve if one condition changed',
})
export class NearMiss {
  @Field(() => ID) gapId: string;
  @Field(() => String, { description: 'ISO3' }) memberState: string;
  @Field(() => String) capability: string;
  @Field(() => String) priority: string;
  @Field(() => HardRuleCode, {
    description: 'The one rule the pair fails: LANGUAGE, ELIGIBILITY or WINDOW',
  })
  rule: HardRuleCode;
  @Field(() => DiagnosisOfferChange) change: DiagnosisOfferChange;
  @Field(() => Int, { description: 'The gap’s unmet demand this offer could help cover' })
  demand: number;
  @Field(() => String, { description: 'In English' }) explanation: string;
}
