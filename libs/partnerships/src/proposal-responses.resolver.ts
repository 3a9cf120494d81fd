import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type GraphQLRequestContext } from '@app/common';
import { ProposalStatus } from '@app/domain';
import { CapabilityGap, GapsService } from '@app/gaps';
import { Proposal } from '@app/match-runs';
import { Offer, OffersService } from '@app/offers';

import { AcceptProposalInput, DeclineProposalInput } from './dto/respond-to-proposal.input';
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

  @Mutation(() => Proposal, {
    description:
      'One side accepts. The first acceptance reserves the quantity (ACCEPTED); the second confirms it as a partnership (CONFIRMED)',
  })
  async acceptProposal(@Args('input') input: AcceptProposalInput): Promise<Proposal> {
    return (await this.responses.accept(input.id, input.side)).proposal;
  }

  @Mutation(() => Proposal, {
    description: 'One side declines (DECLINED); any reserved quantity is released',
  })
  declineProposal(@Args('input') input: DeclineProposalInput): Promise<Proposal> {
    return this.responses.decline(input.id, input.side, input.reason);
  }

  @ResolveField(() => CapabilityGap)
  async gap(
    @Parent() proposal: Proposal,
    @Context() context: GraphQLRequestContext,
  ): Promise<CapabilityGap | null> {
    return this.gaps.loader(context.dataLoaders).load(proposal.gapId);
  }

  @ResolveField(() => Offer)
  async offer(
    @Parent() proposal: Proposal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Offer | null> {
    return this.offers.loader(context.dataLoaders).load(proposal.offerId);
  }

  @ResolveField(() => Partnership, { nullable: true, description: 'Once CONFIRMED' })
  async partnership(
    @Parent() proposal: Proposal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Partnership | null> {
    if (proposal.status !== ProposalStatus.CONFIRMED) return null;
    return this.partnerships.byProposalLoader(context.dataLoaders).load(proposal.id);
  }
}
