import { Args, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext, pageSelection } from '@app/common';
import { MemberState, ReferenceDataService } from '@app/reference-data';
import { Ctx, type RequestContext } from '@app/request-context';

import { CreateOfferInput } from './dto/create-offer.input';
import { OfferIdInput } from './dto/offer-id.input';
import { OffersArgs } from './dto/offers.args';
import { UpdateOfferInput } from './dto/update-offer.input';
import { WithdrawOfferInput } from './dto/withdraw-offer.input';
import { Offer } from './offer.entity';
import { OfferPolicy } from './offer.policy';
import { OffersService } from './offers.service';

const OfferConnection = ConnectionType(Offer, 'Offer');

@Resolver(() => Offer)
export class OffersResolver {
  constructor(
    private readonly offersService: OffersService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Authorize(OfferPolicy.read)
  @Query(() => Offer, { nullable: true, description: 'null if missing or not yours to see' })
  async offer(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Offer | null> {
    return this.offersService.findVisible(ctx, id);
  }

  @Authorize(OfferPolicy.read)
  @Query(() => OfferConnection, { description: 'Donor offers you may see, newest first' })
  offers(@Ctx() ctx: RequestContext, @Args() args: OffersArgs, @Info() info: GraphQLResolveInfo) {
    return this.offersService.list(ctx, args, pageSelection(info));
  }

  @Authorize(OfferPolicy.create)
  @Mutation(() => Offer, { description: 'Post an offer (DRAFT unless open: true)' })
  createOffer(@Ctx() ctx: RequestContext, @Args('input') input: CreateOfferInput): Promise<Offer> {
    return this.offersService.create(ctx, input);
  }

  @Authorize(OfferPolicy.change)
  @Mutation(() => Offer, { description: 'Change a DRAFT, OPEN or PARTIALLY_ALLOCATED offer' })
  updateOffer(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOfferInput): Promise<Offer> {
    return this.offersService.update(ctx, input);
  }

  @Authorize(OfferPolicy.change)
  @Mutation(() => Offer, { description: 'DRAFT → OPEN: the offer takes part in matching' })
  openOffer(@Ctx() ctx: RequestContext, @Args('input') input: OfferIdInput): Promise<Offer> {
    return this.offersService.open(ctx, input.id);
  }

  @Authorize(OfferPolicy.change)
  @Mutation(() => Offer, { description: 'The donor withdraws the offer' })
  withdrawOffer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: WithdrawOfferInput,
  ): Promise<Offer> {
    return this.offersService.withdraw(ctx, input.id, input.reason);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => MemberState)
  donor(
    offer: Offer,
    _args: unknown,
    context: GraphQLRequestContext,
  ): MemberState | Promise<MemberState | null> {
    return this.referenceData.memberStateOf(context.dataLoaders, offer.donorIso3);
  }
}
