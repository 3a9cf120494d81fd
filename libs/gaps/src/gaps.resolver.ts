import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor, Authorize, CurrentActor } from '@app/access';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { MemberState, Mission, ReferenceDataService } from '@app/reference-data';

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
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CapabilityGap | null> {
    const gap = await this.gapsService.findById(id);
    return gap && GapPolicy.canSee(actor, gap) ? gap : null;
  }

  @Authorize(GapPolicy.read)
  @Query(() => CapabilityGapConnection, {
    description: 'Capability gaps you may see, newest first',
  })
  gaps(@Args() args: GapsArgs, @CurrentActor() actor: Actor) {
    return this.gapsService.list(args, GapPolicy.scope(actor));
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Log a capability gap (DRAFT unless open: true)' })
  createGap(@Args('input') input: CreateGapInput): Promise<CapabilityGap> {
    return this.gapsService.create(input);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Change a DRAFT, OPEN or PARTIALLY_MATCHED gap' })
  updateGap(@Args('input') input: UpdateGapInput): Promise<CapabilityGap> {
    return this.gapsService.update(input);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'DRAFT → OPEN: the gap takes part in matching' })
  openGap(@Args('input') input: GapIdInput): Promise<CapabilityGap> {
    return this.gapsService.open(input.id);
  }

  @Authorize(GapPolicy.change)
  @Mutation(() => CapabilityGap, { description: 'Cancel a gap that is not yet matched' })
  cancelGap(@Args('input') input: CancelGapInput): Promise<CapabilityGap> {
    return this.gapsService.cancel(input.id, input.reason);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => MemberState)
  memberState(
    gap: CapabilityGap,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<MemberState | null> {
    return this.referenceData.memberStateLoader(context.dataLoaders).load(gap.memberStateIso3);
  }

  @ResolveField(() => Mission, { nullable: true })
  mission(
    gap: CapabilityGap,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<Mission | null> | null {
    if (!gap.missionCode) return null;
    return this.referenceData.missionLoader(context.dataLoaders).load(gap.missionCode);
  }
}
