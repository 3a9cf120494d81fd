import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ScoreBreakdown {
  @Field(() => Float) priority: number;
  @Field(() => Float) urgency: number;
  @Field(() => Float) capability: number;
  @Field(() => Float) language: number;
  @Field(() => Float) region: number;
  @Field(() => Float) partnership: number;
  @Field(() => Float) deliveryMode: number;
}
