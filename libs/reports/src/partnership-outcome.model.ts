import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalDateScalar } from '@app/common';
import { Category, PartnershipStatus } from '@app/domain';

import { OutcomePeriod } from './outcome-period.model';

/** A partnership with its gap's indicator before (baseline) and after delivery. */
@ObjectType({ description: "A partnership and its gap's indicator: baseline, target, after" })
export class PartnershipOutcome {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  gapId: string;

  @Field(() => String)
  gapTitle: string;

  @Field(() => String, { description: 'Recipient T/PCC, ISO3' })
  memberStateIso3: string;

  @Field(() => String, { description: 'Donor, ISO3' })
  donorIso3: string;

  @Field(() => Category)
  category: Category;

  @Field(() => String)
  capability: string;

  @Field(() => PartnershipStatus)
  status: PartnershipStatus;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  delivered: number;

  @Field(() => String, { nullable: true })
  indicator: string | null;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'Measured after delivery' })
  after: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  measuredOn: string | null;

  @Field(() => Float, { nullable: true, description: 'after − baseline' })
  change: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '100 · (after − baseline) / (target − baseline), one decimal: 100 = target reached',
  })
  targetProgressPercent: number | null;

  @Field(() => [OutcomePeriod], {
    description:
      "The gap's indicator per reporting period (recordPartnershipResultPeriod), oldest first",
  })
  periods: OutcomePeriod[];

  @Field(() => OutcomePeriod, {
    nullable: true,
    description: 'The period ending last (null without periods)',
  })
  latestPeriod: OutcomePeriod | null;
}
