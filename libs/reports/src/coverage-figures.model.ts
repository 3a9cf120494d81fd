import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Demand of a set of gaps and how far proposals and partnerships cover it. */
@ObjectType({
  description: 'demand = confirmed + proposed + unmet; delivered is part of confirmed',
})
export class CoverageFigures {
  @Field(() => Int, { description: 'Gaps counted' })
  gaps: number;

  @Field(() => Int, { description: 'Units needed: Σ gap quantity' })
  demand: number;

  @Field(() => Int, {
    description:
      'Units in open proposals (PROPOSED or ACCEPTED, any run), at most what each gap still lacks after its partnerships',
  })
  proposed: number;

  @Field(() => Int, { description: 'Units committed in partnerships (ACTIVE or COMPLETED)' })
  confirmed: number;

  @Field(() => Int, { description: 'Units of those partnerships delivered so far' })
  delivered: number;

  @Field(() => Int, { description: 'demand − confirmed − proposed, per gap (never below 0)' })
  unmet: number;

  @Field(() => Float, {
    nullable: true,
    description: '100 · confirmed / demand, one decimal; null without demand',
  })
  coveredPercent: number | null;
}
