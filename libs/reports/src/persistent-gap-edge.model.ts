import { Field, ObjectType } from '@nestjs/graphql';

import { PersistentGap } from './persistent-gap.model';

@ObjectType()
export class PersistentGapEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => PersistentGap)
  node: PersistentGap;
}
