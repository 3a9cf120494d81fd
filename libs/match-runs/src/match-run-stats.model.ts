import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class MatchRunStats {
  @Field(() => Int)
  gaps: number;

  @Field(() => Int)
  offers: number;

  @Field(() => Int)
  candidatePairs: number;

  @Field(() => Int, { description: 'Proposals written' })
  proposals: number;

  @Field(() => Float, { description: 'Σ score · quantity of the allocation' })
  objective: number;

  @Field(() => Int, { description: 'Units allocated' })
  covered: number;

  @Field(() => Int, { description: 'Remaining demand of the gaps considered' })
  demand: number;

  @Field(() => Int, { description: 'Milliseconds from start to proposals written' })
  durationMs: number;

  @Field(() => Int, { nullable: true, description: 'Of which reading gaps, offers and history' })
  loadMs?: number;

  @Field(() => Int, { nullable: true, description: 'Of which the matching engine' })
  matchMs?: number;

  @Field(() => Int, { nullable: true, description: 'Of which writing proposals (one transaction)' })
  writeMs?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Category jobs the run was split into (MATCH_DISTRIBUTE_FROM_GAPS); null if not split',
  })
  partitions?: number;

  @Field(() => Int, { nullable: true, description: 'Workers that solved its category jobs' })
  workers?: number;
}
