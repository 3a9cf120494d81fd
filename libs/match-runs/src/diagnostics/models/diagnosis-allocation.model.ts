import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Units of an offer the run gave to a gap, with that pair’s score' })
export class DiagnosisAllocation {
  @Field(() => ID, {
    nullable: true,
    description: 'null for a gap you may not see (another T/PCC’s)',
  })
  gapId: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3; null for a gap you may not see' })
  memberState: string | null;

  @Field(() => Int) quantity: number;
  @Field(() => Float) score: number;
}
