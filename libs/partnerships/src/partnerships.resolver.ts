import { Args, Float, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor, Authorize, CurrentActor } from '@app/access';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { CapabilityGap, GapsService } from '@app/gaps';
import { Offer, OffersService } from '@app/offers';

import { AddMilestoneInput } from './dto/add-milestone.input';
import { CompleteMilestoneInput } from './dto/complete-milestone.input';
import { PartnershipsArgs } from './dto/partnerships.args';
import { RecordDeliveryInput } from './dto/record-delivery.input';
import { RecordIndicatorInput } from './dto/record-indicator.input';
import { PartnershipMilestone } from './partnership-milestone.entity';
import { PartnershipPolicy } from './partnership.policy';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';

const PartnershipConnection = ConnectionType(Partnership, 'Partnership');

@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(
    private readonly partnershipsService: PartnershipsService,
    private readonly gaps: GapsService,
    private readonly offers: OffersService,
  ) {}

  @Authorize(PartnershipPolicy.read)
  @Query(() => Partnership, { nullable: true, description: 'null if missing or not yours to see' })
  async partnership(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Partnership | null> {
    return this.partnershipsService.findById(id, PartnershipPolicy.scope(actor));
  }

  @Authorize(PartnershipPolicy.read)
  @Query(() => PartnershipConnection, {
    description: 'Confirmed partnerships you may see, newest first',
  })
  partnerships(@Args() args: PartnershipsArgs, @CurrentActor() actor: Actor) {
    return this.partnershipsService.list(args, PartnershipPolicy.scope(actor));
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipMilestone, { description: "Plan a step of a partnership's delivery" })
  addPartnershipMilestone(@Args('input') input: AddMilestoneInput): Promise<PartnershipMilestone> {
    return this.partnershipsService.addMilestone(input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipMilestone, { description: 'Mark a milestone achieved' })
  completePartnershipMilestone(
    @Args('input') input: CompleteMilestoneInput,
  ): Promise<PartnershipMilestone> {
    return this.partnershipsService.completeMilestone(input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => Partnership, {
    description: 'Record units delivered (cumulative); COMPLETED once everything is delivered',
  })
  recordPartnershipDelivery(@Args('input') input: RecordDeliveryInput): Promise<Partnership> {
    return this.partnershipsService.recordDelivery(input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => Partnership, {
    description: "Record the gap's objective indicator measured after delivery",
  })
  recordPartnershipIndicator(@Args('input') input: RecordIndicatorInput): Promise<Partnership> {
    return this.partnershipsService.recordIndicator(input);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => CapabilityGap)
  gap(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<CapabilityGap | null> {
    return this.gaps.loader(context.dataLoaders).load(partnership.gapId);
  }

  @ResolveField(() => Offer)
  offer(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<Offer | null> {
    return this.offers.loader(context.dataLoaders).load(partnership.offerId);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: "The gap's objective baseline, to compare with indicatorAfter",
  })
  async indicatorBaseline(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<number | null> {
    const gap = await this.gaps.loader(context.dataLoaders).load(partnership.gapId);
    return gap?.objective.baseline ?? null;
  }

  @ResolveField(() => [PartnershipMilestone], { description: 'By due date' })
  milestones(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<PartnershipMilestone[]> {
    return this.partnershipsService.milestonesLoader(context.dataLoaders).load(partnership.id);
  }
}
