import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

import { LocalDateScalar } from '@app/common';

/** One reporting period of a partnership's indicator, with its change from the baseline. */
@ObjectType({ description: "A reporting period of the gap's indicator (an IATI result period)" })
export class OutcomePeriod {
  @Field(() => LocalDateScalar)
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Last day (inclusive)' })
  periodEnd: string;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { description: 'Measured over the period' })
  actual: number;

  @Field(() => Float, { nullable: true, description: 'actual − baseline' })
  change: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '100 · (actual − baseline) / (target − baseline), one decimal',
  })
  targetProgressPercent: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported (or last corrected)' })
  reportedAt: Date;
}
