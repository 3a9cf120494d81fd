import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { type GraphQLResolveInfo } from 'graphql';

import { type GraphQLRequestContext, selectedFields } from '@app/common';
import { ProposalStatus } from '@app/domain';
import { CapabilityGap, GapsService } from '@app/gaps';
import { Proposal, ProposalPolicy } from '@app/match-runs';
import { Offer, OffersService } from '@app/offers';
import { Ctx, type RequestContext } from '@app/request-context';

import { AcceptProposalInput } from './dto/accept-proposal.input';
import { DeclineProposalInput } from './dto/decline-proposal.input';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';
import { ProposalResponsesService } from './proposal-responses.service';

/** Answers to proposals, and the proposal's related gap, offer and partnership. */
@Resolver(() => Proposal)
export class ProposalResponsesResolver {
  constructor(
    private readonly responses: ProposalResponsesService,
    private readonly partnerships: PartnershipsService,
    private readonly gaps: GapsService,
    private readonly offers: OffersService,
  ) {}

  @Authorize(ProposalPolicy.answer)
  @Mutation(() => Proposal, {
    description:
      'One side accepts. The first acceptance reserves the quantity (ACCEPTED); the second confirms it as a partnership (CONFIRMED)',
  })
  async acceptProposal(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AcceptProposalInput,
  ): Promise<Proposal> {
    return (await this.responses.accept(ctx, input.id, input.side)).proposal;
  }

  @Authorize(ProposalPolicy.answer)
  @Mutation(() => Proposal, {
    description: 'One side declines (DECLINED); any reserved quantity is released',
  })
  declineProposal(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DeclineProposalInput,
  ): Promise<Proposal> {
    return this.responses.decline(ctx, input.id, input.side, input.reason);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => CapabilityGap)
  async gap(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext,
    info?: GraphQLResolveInfo,
  ): Promise<CapabilityGap | null> {
    return this.gaps.loader(context.dataLoaders, selectedFields(info)).load(proposal.gapId);
  }

  @ResolveField(() => Offer)
  offer(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext,
    info?: GraphQLResolveInfo,
  ): Offer | Promise<Offer | null> {
    // A nested proposals list reads the offer in its own statement when the query asks it: then
    // answered at once, not as a promise (graphql-jit goes on without a microtask).
    if (proposal.offer) return proposal.offer;
    return this.offers.loader(context.dataLoaders, selectedFields(info)).load(proposal.offerId);
  }

  @ResolveField(() => Partnership, { nullable: true, description: 'Once CONFIRMED' })
  async partnership(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<Partnership | null> {
    if (proposal.status !== ProposalStatus.CONFIRMED) return null;
    return this.partnerships.byProposalLoader(context.dataLoaders).load(proposal.id);
  }
}
