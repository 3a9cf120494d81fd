import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { LocalDateScalar } from '@app/common';
import { Category, QuantityUnit } from '@app/domain';

// Public: readable without signing in. Figures only; no person, text, reason or comment (its
// test walks these types and fails on any field that could carry one).

@ObjectType({ description: 'Public: required, pledged and delivered units in one unit' })
export class PublicPledgeQuantity {
  @Field(() => QuantityUnit)
  unit: QuantityUnit;

  @Field(() => Int, { description: 'Units the requirement list asks for' })
  required: number;

  @Field(() => Int, { description: 'Units pledged (pledges not withdrawn)' })
  pledged: number;

  @Field(() => Int, { description: 'Units delivered, at most each pledge’s' })
  delivered: number;

  @Field(() => Float, { nullable: true, description: '100 · pledged / required' })
  coveredPercent: number | null;

  @Field(() => Float, { nullable: true, description: '100 · delivered / pledged' })
  fulfilledPercent: number | null;
}

@ObjectType({ description: 'Public: the pledges of one Ministerial in one category' })
export class PublicPledgeSummaryRow {
  @Field(() => String, { description: 'e.g. BERLIN_2025' })
  ministerialCode: string;

  @Field(() => String)
  city: string;

  @Field(() => LocalDateScalar, { description: "The Ministerial's first day" })
  heldOn: string;

  @Field(() => Category)
  category: Category;

  @Field(() => Int, { description: 'Pledges, not withdrawn' })
  pledges: number;

  @Field(() => Int, { description: 'Of which FULFILLED' })
  fulfilledPledges: number;

  @Field(() => Int, { description: 'Pledges withdrawn' })
  withdrawnPledges: number;

  @Field(() => Int, { description: 'States pledging (leads and members), not withdrawn' })
  pledgingStates: number;

  @Field(() => [PublicPledgeQuantity], { description: 'By unit' })
  quantities: PublicPledgeQuantity[];
}
