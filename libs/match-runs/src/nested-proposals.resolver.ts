import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';
import { Ctx, type RequestContext } from '@app/request-context';

import { NestedProposalsArgs } from './dto/nested-proposals.args';
import { type ProposalParent, MatchRunsService } from './match-runs.service';
import { Proposal } from './proposal.entity';
import { ProposalPolicy } from './proposal.policy';

const DESCRIPTION =
  'Its proposals you may see (as in the top-level proposals list), newest first and best score first within a run; batched: one statement per nesting level whatever the page size';

function proposalsOf(
  service: MatchRunsService,
  parent: ProposalParent,
  id: string,
  args: NestedProposalsArgs,
  ctx: RequestContext,
): Promise<Proposal[]> {
  const actor = ctx.actor;
  // Nested fields are reached only through a root field, whose guard has signed the caller in.
  if (!actor) return Promise.resolve([]);
  return service
    .proposalsOfLoader(
      ctx.loaders,
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
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'gap', gap.id, args, ctx);
  }
}

@Resolver(() => Offer)
export class OfferProposalsResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => [Proposal], { description: DESCRIPTION })
  proposals(
    @Parent() offer: Offer,
    @Args() args: NestedProposalsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'offer', offer.id, args, ctx);
  }
}
