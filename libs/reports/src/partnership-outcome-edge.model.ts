import { Field, ObjectType } from '@nestjs/graphql';

import { PartnershipOutcome } from './partnership-outcome.model';

@ObjectType()
export class PartnershipOutcomeEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => PartnershipOutcome)
  node: PartnershipOutcome;
}
