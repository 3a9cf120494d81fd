import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor, Authorize, CurrentActor } from '@app/access';
import { BadInputError, type GraphQLRequestContext } from '@app/common';
import { ProposalSide, ProposalStatus } from '@app/domain';
import { CapabilityGap, GapsService } from '@app/gaps';
import { Proposal, ProposalPolicy, sideOf } from '@app/match-runs';
import { Offer, OffersService } from '@app/offers';

import { AcceptProposalInput } from './dto/accept-proposal.input';
import { DeclineProposalInput } from './dto/decline-proposal.input';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';
import { ProposalResponsesService } from './proposal-responses.service';

/** A donor or T/PCC answers for its own side; a coordinator must say which side it acts for. */
function answeringSide(actor: Actor, side: ProposalSide | null | undefined): ProposalSide {
  const answering = side ?? sideOf(actor);
  if (!answering) {
    throw new BadInputError(
      'input.side',
      'input.side: say which side (TPCC or DONOR) you answer for',
    );
  }
  return answering;
}

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
    @Args('input') input: AcceptProposalInput,
    @CurrentActor() actor: Actor,
  ): Promise<Proposal> {
    return (await this.responses.accept(input.id, answeringSide(actor, input.side))).proposal;
  }

  @Authorize(ProposalPolicy.answer)
  @Mutation(() => Proposal, {
    description: 'One side declines (DECLINED); any reserved quantity is released',
  })
  declineProposal(
    @Args('input') input: DeclineProposalInput,
    @CurrentActor() actor: Actor,
  ): Promise<Proposal> {
    return this.responses.decline(input.id, answeringSide(actor, input.side), input.reason);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => CapabilityGap)
  async gap(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<CapabilityGap | null> {
    return this.gaps.loader(context.dataLoaders).load(proposal.gapId);
  }

  @ResolveField(() => Offer)
  async offer(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<Offer | null> {
    return this.offers.loader(context.dataLoaders).load(proposal.offerId);
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
