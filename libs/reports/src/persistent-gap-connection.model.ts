import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '@app/common';

import { PersistentGapEdge } from './persistent-gap-edge.model';

@ObjectType()
export class PersistentGapConnection {
  @Field(() => [PersistentGapEdge])
  edges: PersistentGapEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Persistent gaps of the filter, across all pages' })
  totalCount: number;
}
