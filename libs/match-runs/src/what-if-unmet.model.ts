import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class WhatIfUnmet {
  @Field(() => ID) gapId: string;
  @Field(() => Int) quantity: number;
}
