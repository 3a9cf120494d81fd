import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One month of the gap trend (UTC). */
@ObjectType({ description: 'Gaps opened, first matched and first delivered in one month (UTC)' })
export class GapTrendMonth {
  @Field(() => String, { description: 'The month, YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Gaps that opened in the month (first made OPEN, or created)' })
  opened: number;

  @Field(() => Int, {
    description:
      'Gaps first matched in the month: the earliest ACCEPTED answer (either side) on one of its proposals, or its first partnership',
  })
  matched: number;

  @Field(() => Int, { description: 'Gaps whose first delivery was recorded in the month' })
  delivered: number;
}

@ObjectType({ description: 'Gaps opened, matched and delivered per month of the period' })
export class GapTrend {
  @Field(() => [GapTrendMonth], { description: 'Every month of the period, oldest first' })
  months: GapTrendMonth[];

  @Field(() => GapTrendMonth, { description: 'The whole period (month: the first month)' })
  totals: GapTrendMonth;
}
