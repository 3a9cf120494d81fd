import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { Category, Priority } from '@app/domain';

/** A gap still short of partnerships after a long time or several runs. */
@ObjectType({ description: 'An open gap still lacking partnerships after long or several runs' })
export class PersistentGap {
  @Field(() => ID)
  gapId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  memberStateIso3: string;

  @Field(() => String)
  memberStateName: string;

  @Field(() => String, { nullable: true })
  missionCode: string | null;

  @Field(() => Category)
  category: Category;

  @Field(() => String)
  capability: string;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => Int)
  demand: number;

  @Field(() => Int, { description: 'In partnerships' })
  confirmed: number;

  @Field(() => Int, { description: 'In open proposals, capped at demand − confirmed' })
  proposed: number;

  @Field(() => Int, { description: 'demand − confirmed − proposed' })
  unmet: number;

  @Field(() => GraphQLISODateTime, {
    description: 'When it first became OPEN (audit log), else when it was created',
  })
  openedAt: Date;

  @Field(() => Int, { description: 'Whole days since openedAt' })
  daysOpen: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many of the last unmetInLastRuns runs left it unmet; null without that argument',
  })
  runsUnmet: number | null;
}
