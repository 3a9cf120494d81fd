import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { PLEDGE_STATUS_MACHINE, PledgeFlag, PledgeStatus } from '@app/domain';
import { Offer, OfferPolicy } from '@app/offers';
import { MemberState, ReferenceDataService } from '@app/reference-data';
import {
  Ctx,
  type GraphQLContextWithRequestContext,
  type RequestContext,
} from '@app/request-context';

import { ChangePledgeStatusInput } from './dto/change-pledge-status.input';
import { CreatePledgeInput } from './dto/create-pledge.input';
import { PledgeOfferInput } from './dto/ids.input';
import { PledgesArgs } from './dto/pledges.args';
import { UpdatePledgeInput } from './dto/update-pledge.input';
import { Ministerial } from './ministerial.entity';
import { PledgeFulfilment } from './pledge-fulfilment.model';
import { PledgeStatusChange } from './pledge-status-change.entity';
import { Pledge } from './pledge.entity';
import { PledgePolicy } from './pledge.policy';
import { PledgesService } from './pledges.service';

const PledgeConnection = ConnectionType(Pledge, 'Pledge');

@Resolver(() => Pledge)
export class PledgesResolver {
  constructor(
    private readonly service: PledgesService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Authorize(PledgePolicy.read)
  @Query(() => Pledge, { nullable: true, description: 'null if missing or not yours to see' })
  async pledge(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Pledge | null> {
    return this.service.findVisible(ctx, id);
  }

  @Authorize(PledgePolicy.read)
  @Query(() => PledgeConnection, {
    description:
      'Ministerial pledges you may see (donors and T/PCCs: those their state leads or joins), newest first',
  })
  pledges(@Ctx() ctx: RequestContext, @Args() args: PledgesArgs) {
    return this.service.list(ctx, args);
  }

  @Authorize(PledgePolicy.manage)
  @Mutation(() => Pledge, { description: 'Record a pledge made at a Ministerial (ANNOUNCED)' })
  createPledge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreatePledgeInput,
  ): Promise<Pledge> {
    return this.service.create(ctx, input);
  }

  @Authorize(PledgePolicy.manage)
  @Mutation(() => Pledge, { description: 'Change an open pledge (not FULFILLED or WITHDRAWN)' })
  updatePledge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePledgeInput,
  ): Promise<Pledge> {
    return this.service.update(ctx, input);
  }

  @Authorize(PledgePolicy.manage)
  @Mutation(() => Pledge, {
    description:
      'One step of ANNOUNCED → COMMITTED → IN_PROGRESS → FULFILLED, or WITHDRAWN; dated, with who and why. Any other step is CONFLICT',
  })
  changePledgeStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePledgeStatusInput,
  ): Promise<Pledge> {
    return this.service.changeStatus(ctx, input);
  }

  @Authorize(PledgePolicy.manage)
  @Mutation(() => Pledge, {
    description:
      "Link an offer of one of the pledge's states to it (its partnerships' deliveries then count)",
  })
  linkPledgeOffer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PledgeOfferInput,
  ): Promise<Pledge> {
    return this.service.linkOffer(ctx, input);
  }

  @Authorize(PledgePolicy.manage)
  @Mutation(() => Pledge, { description: 'Unlink an offer from a pledge' })
  unlinkPledgeOffer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PledgeOfferInput,
  ): Promise<Pledge> {
    return this.service.unlinkOffer(ctx, input);
  }

  // As the other field resolvers: (parent, args, context), no parameter decorators.
  @ResolveField(() => Ministerial)
  ministerial(pledge: Pledge, _args: unknown, context: GraphQLRequestContext) {
    return this.service.ministerialLoader(context.dataLoaders).load(pledge.ministerialId);
  }

  @ResolveField(() => MemberState, {
    description: 'The pledging state (the lead of a joint pledge)',
  })
  lead(pledge: Pledge, _args: unknown, context: GraphQLRequestContext) {
    return this.referenceData.memberStateOf(context.dataLoaders, pledge.leadIso3);
  }

  @ResolveField(() => [PledgeStatusChange], { description: 'Every status, oldest first' })
  statusHistory(pledge: Pledge, _args: unknown, context: GraphQLRequestContext) {
    return this.service.statusHistoryLoader(context.dataLoaders).load(pledge.id);
  }

  @ResolveField(() => [Offer], { description: 'The linked offers you may see' })
  async offers(
    pledge: Pledge,
    _args: unknown,
    context: GraphQLRequestContext & GraphQLContextWithRequestContext,
  ): Promise<Offer[]> {
    const offers = await this.service.linkedOffersLoader(context.dataLoaders).load(pledge.id);
    // A joint pledge's member sees only its own state's offers among them (as in `offers`).
    const actor = context.requestContext?.actor;
    return actor ? offers.filter((offer) => OfferPolicy.canSee(actor, offer)) : [];
  }

  @ResolveField(() => PledgeFulfilment, {
    description: "Computed from the linked offers' partnerships and their deliveries",
  })
  fulfilment(pledge: Pledge, _args: unknown, context: GraphQLRequestContext) {
    return this.service.fulfilmentLoader(context.dataLoaders).load(pledge.id);
  }

  // So a client offers the ladder's next rungs without a copy of the rule; the mutation checks again.
  @ResolveField(() => [PledgeStatus], {
    description:
      'The statuses changePledgeStatus accepts from the current one (the ladder); empty once FULFILLED or WITHDRAWN',
  })
  nextStatuses(pledge: Pledge): readonly PledgeStatus[] {
    return PLEDGE_STATUS_MACHINE[pledge.status];
  }

  @ResolveField(() => [PledgeFlag], {
    description: `NOTHING_LINKED: open, no offer linked PLEDGE_UNLINKED_FLAG_DAYS after the Ministerial; LINKED_OFFERS_EXPIRED: COMMITTED and every linked offer expired`,
  })
  flags(pledge: Pledge, _args: unknown, context: GraphQLRequestContext) {
    return this.service.flagsLoader(context.dataLoaders).load(pledge.id);
  }
}
