import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Pledges counted by status and flag: of one state (as lead or member), or of all. */
@ObjectType({ description: 'Pledges by status and flag, of one state or all' })
export class PledgeFollowUpRow {
  @Field(() => String, { nullable: true, description: 'The state (ISO3); null for the totals' })
  stateIso3: string | null;

  @Field(() => Int, { description: 'Pledges the state leads (totals: every pledge once)' })
  led: number;

  @Field(() => Int, { description: 'Joint pledges the state joins without leading' })
  joined: number;

  @Field(() => Int, { description: 'led + joined (totals: every pledge once)' })
  pledges: number;

  @Field(() => Int)
  announced: number;

  @Field(() => Int)
  committed: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  fulfilled: number;

  @Field(() => Int)
  withdrawn: number;

  @Field(() => Int, { description: 'Flagged NOTHING_LINKED' })
  nothingLinked: number;

  @Field(() => Int, { description: 'Flagged LINKED_OFFERS_EXPIRED' })
  linkedOffersExpired: number;
}

@ObjectType({ description: 'Pledge follow-up by state and status' })
export class PledgeFollowUpReport {
  @Field(() => [PledgeFollowUpRow], { description: 'One per state, most pledges first' })
  rows: PledgeFollowUpRow[];

  @Field(() => PledgeFollowUpRow, { description: 'Every pledge of the filter once' })
  totals: PledgeFollowUpRow;
}
