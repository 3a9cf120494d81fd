import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** Receipt for a queued match run. */
@ObjectType()
export class MatchRunTicket {
  @Field(() => ID, { description: 'Queue job id' })
  jobId: string;

  @Field(() => GraphQLISODateTime)
  queuedAt: Date;
}
