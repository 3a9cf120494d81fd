import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { OfferVerdict } from './offer-verdict.model';

@ObjectType({ description: 'Why a gap got what it got in the latest run' })
export class GapDiagnosis {
  @Field(() => ID) gapId: string;
  @Field(() => Int, { description: 'Demand left to cover when the run started' }) demand: number;
  @Field(() => Int, { description: 'Units the run proposed for it' }) allocated: number;
  @Field(() => Int) unmet: number;
  @Field(() => [OfferVerdict], { description: 'Every open offer of its category' })
  offers: OfferVerdict[];
}
