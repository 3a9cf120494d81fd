import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '@app/common';

import { OutcomeSummary } from './outcome-summary.model';
import { PartnershipOutcomeEdge } from './partnership-outcome-edge.model';

@ObjectType()
export class PartnershipOutcomeConnection {
  @Field(() => OutcomeSummary)
  summary: OutcomeSummary;

  @Field(() => [PartnershipOutcomeEdge])
  edges: PartnershipOutcomeEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
