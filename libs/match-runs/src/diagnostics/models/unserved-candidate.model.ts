import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A candidate gap with demand left that got nothing from the offer' })
export class UnservedCandidate {
  @Field(() => ID) gapId: string;
  @Field(() => String) memberState: string;
  @Field(() => Float) score: number;
  @Field(() => Int) unmet: number;
}
