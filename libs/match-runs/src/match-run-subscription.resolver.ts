import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { type SubscriptionContext } from 'mercurius';

import { Authorize } from '@app/access';

import { MatchRun } from './match-run.entity';
import { MatchRunPolicy } from './match-run.policy';
import { MatchRunEventsService } from './match-run-events.service';

/** Published payloads are the runs themselves, not `{ fieldName: run }`. */
const asRun = (run: MatchRun): MatchRun => run;

/** Match runs pushed over GraphQL subscriptions (graphql-ws on the GraphQL path). */
@Resolver(() => MatchRun)
export class MatchRunSubscriptionResolver {
  constructor(private readonly events: MatchRunEventsService) {}

  @Authorize(MatchRunPolicy.read)
  @Subscription(() => MatchRun, {
    description:
      'The run now, then each change of its status, progress or phase; the stream ends once it is SUCCEEDED or FAILED (at once if it already is)',
    resolve: asRun,
  })
  matchRunUpdated(
    @Args('id', { type: () => ID }) id: string,
    @Context('pubsub') subscription: SubscriptionContext,
  ): Promise<AsyncIterable<MatchRun>> {
    return this.events.follow(id, subscription);
  }

  @Authorize(MatchRunPolicy.read)
  @Subscription(() => MatchRun, {
    description: 'Each change of any run from now on, automatic runs included; never ends',
    resolve: asRun,
  })
  matchRunsUpdated(
    @Context('pubsub') subscription: SubscriptionContext,
  ): Promise<AsyncIterable<MatchRun>> {
    return this.events.followAll(subscription);
  }
}
