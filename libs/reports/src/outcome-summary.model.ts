import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'All partnerships of the filter, not only the page' })
export class OutcomeSummary {
  @Field(() => Int)
  partnerships: number;

  @Field(() => Int, { description: 'With an indicator measured after delivery' })
  measured: number;

  @Field(() => Int, { description: 'Measured, and moved from the baseline towards the target' })
  improved: number;

  @Field(() => Int, { description: 'Measured, and at or beyond the target' })
  reachedTarget: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean targetProgressPercent of the measured ones, one decimal',
  })
  averageTargetProgressPercent: number | null;

  @Field(() => Int, { description: 'With at least one reporting period' })
  withPeriods: number;
}
