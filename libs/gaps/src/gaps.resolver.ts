import { Args, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext, pageSelection } from '@app/common';
import { MemberState, Mission, ReferenceDataService } from '@app/reference-data';
import { Ctx, type RequestContext } from '@app/request-context';

import { CapabilityGap } from './capability-gap.entity';
import { CancelGapInput } from './dto/cancel-gap.input';
import { CreateGapInput } from './dto/create-gap.input';
import { GapIdInput } from './dto/gap-id.input';
import { GapsArgs } from './dto/gaps.args';
import { UpdateGapInput } from './dto/update-gap.input';
import { GapPolicy } from './gap.policy';
import { GapsService } from './gaps.service';

const CapabilityGapConnection = ConnectionType(CapabilityGap, 'CapabilityGap');

@Resolver(() => CapabilityGap)
export class GapsResolver {
  constructor(
    private readonly gapsService: GapsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Authorize(GapPolicy.read)
  @Query(() => CapabilityGap, {
    nullable: true,
    description: 'null if missing or not yours to see',
  })
  async gap(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CapabilityGap | null> {
    return this.gapsService.findVisible(ctx, id);
  }

  @Authorize(GapPolicy.read)
  @Query(() => CapabilityGapConnection, {
    description: 'Capability gaps you may see, newest first',
  })
  gaps(@Ctx() ctx: RequestContext, @Args() args: GapsArgs, @Info() info: GraphQLResolveInfo) {
    return this.gapsService.list(ctx, args, pageSelection(info));
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Log a capability gap (DRAFT unless open: true)' })
  createGap(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateGapInput,
  ): Promise<CapabilityGap> {
    return this.gapsService.create(ctx, input);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Change a DRAFT, OPEN or PARTIALLY_MATCHED gap' })
  updateGap(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateGapInput,
  ): Promise<CapabilityGap> {
    return this.gapsService.update(ctx, input);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'DRAFT → OPEN: the gap takes part in matching' })
  openGap(@Ctx() ctx: RequestContext, @Args('input') input: GapIdInput): Promise<CapabilityGap> {
    return this.gapsService.open(ctx, input.id);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Cancel a gap that is not yet matched' })
  cancelGap(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelGapInput,
  ): Promise<CapabilityGap> {
    return this.gapsService.cancel(ctx, input.id, input.reason);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => MemberState)
  memberState(
    gap: CapabilityGap,
    _args: unknown,
    context: GraphQLRequestContext,
  ): MemberState | Promise<MemberState | null> {
    return this.referenceData.memberStateOf(context.dataLoaders, gap.memberStateIso3);
  }

  @ResolveField(() => Mission, { nullable: true })
  mission(
    gap: CapabilityGap,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Mission | Promise<Mission | null> | null {
    if (!gap.missionCode) return null;
    return this.referenceData.missionOf(context.dataLoaders, gap.missionCode);
  }
}
