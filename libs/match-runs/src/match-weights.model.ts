import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class MatchWeights {
  @Field(() => Float, { nullable: true }) priority?: number;
  @Field(() => Float, { nullable: true }) urgency?: number;
  @Field(() => Float, { nullable: true }) capability?: number;
  @Field(() => Float, { nullable: true }) language?: number;
  @Field(() => Float, { nullable: true }) region?: number;
  @Field(() => Float, { nullable: true }) partnership?: number;
  @Field(() => Float, { nullable: true }) deliveryMode?: number;
}
