import { Args, Float, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext, selectedFields } from '@app/common';
import { CapabilityGap, GapsService } from '@app/gaps';
import { Offer, OffersService } from '@app/offers';
import { Ctx, type RequestContext } from '@app/request-context';

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
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership | null> {
    return this.partnershipsService.findById(ctx, id);
  }

  @Authorize(PartnershipPolicy.read)
  @Query(() => PartnershipConnection, {
    description: 'Confirmed partnerships you may see, newest first',
  })
  partnerships(@Ctx() ctx: RequestContext, @Args() args: PartnershipsArgs) {
    return this.partnershipsService.list(ctx, args);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipMilestone, { description: "Plan a step of a partnership's delivery" })
  addPartnershipMilestone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddMilestoneInput,
  ): Promise<PartnershipMilestone> {
    return this.partnershipsService.addMilestone(ctx, input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipMilestone, { description: 'Mark a milestone achieved' })
  completePartnershipMilestone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CompleteMilestoneInput,
  ): Promise<PartnershipMilestone> {
    return this.partnershipsService.completeMilestone(ctx, input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => Partnership, {
    description: 'Record units delivered (cumulative); COMPLETED once everything is delivered',
  })
  recordPartnershipDelivery(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordDeliveryInput,
  ): Promise<Partnership> {
    return this.partnershipsService.recordDelivery(ctx, input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => Partnership, {
    description: "Record the gap's objective indicator measured after delivery",
  })
  recordPartnershipIndicator(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordIndicatorInput,
  ): Promise<Partnership> {
    return this.partnershipsService.recordIndicator(ctx, input);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => CapabilityGap)
  gap(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
    info?: GraphQLResolveInfo,
  ): Promise<CapabilityGap | null> {
    return this.gaps.loader(context.dataLoaders, selectedFields(info)).load(partnership.gapId);
  }

  @ResolveField(() => Offer)
  offer(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
    info?: GraphQLResolveInfo,
  ): Promise<Offer | null> {
    return this.offers.loader(context.dataLoaders, selectedFields(info)).load(partnership.offerId);
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
    const gap = await this.gaps.loader(context.dataLoaders, ['objective']).load(partnership.gapId);
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
