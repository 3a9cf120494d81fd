import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type AuthenticatedContext } from '@app/access';
import { type GraphQLRequestContext } from '@app/common';
import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';

import { NestedProposalsArgs } from './dto/nested-proposals.args';
import { type ProposalParent, MatchRunsService } from './match-runs.service';
import { Proposal } from './proposal.entity';
import { ProposalPolicy } from './proposal.policy';

type RequestContext = GraphQLRequestContext & AuthenticatedContext;

const DESCRIPTION =
  'Its proposals you may see (as in the top-level proposals list), newest first and best score first within a run; batched: one statement per nesting level whatever the page size';

function proposalsOf(
  service: MatchRunsService,
  parent: ProposalParent,
  id: string,
  args: NestedProposalsArgs,
  context: RequestContext,
): Promise<Proposal[]> {
  const actor = context.actor;
  // Nested fields are reached only through a root field, whose guard has set the actor.
  if (!actor) return Promise.resolve([]);
  return service
    .proposalsOfLoader(
      context.dataLoaders,
      parent,
      args,
      ProposalPolicy.scope(actor),
      `${actor.role}:${actor.memberState ?? ''}`,
    )
    .load(id);
}

@Resolver(() => CapabilityGap)
export class GapProposalsResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => [Proposal], { description: DESCRIPTION })
  proposals(
    @Parent() gap: CapabilityGap,
    @Args() args: NestedProposalsArgs,
    @Context() context: RequestContext,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'gap', gap.id, args, context);
  }
}

@Resolver(() => Offer)
export class OfferProposalsResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => [Proposal], { description: DESCRIPTION })
  proposals(
    @Parent() offer: Offer,
    @Args() args: NestedProposalsArgs,
    @Context() context: RequestContext,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'offer', offer.id, args, context);
  }
}
