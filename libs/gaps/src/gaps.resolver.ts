import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { MemberState, Mission, ReferenceDataService } from '@app/reference-data';

import { CapabilityGap } from './capability-gap.entity';
import { CreateGapInput } from './dto/create-gap.input';
import { CancelGapInput, GapIdInput } from './dto/gap-id.input';
import { GapsArgs } from './dto/gaps.args';
import { UpdateGapInput } from './dto/update-gap.input';
import { GapsService } from './gaps.service';

const CapabilityGapConnection = ConnectionType(CapabilityGap, 'CapabilityGap');

@Resolver(() => CapabilityGap)
export class GapsResolver {
  constructor(
    private readonly gapsService: GapsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Query(() => CapabilityGap, { nullable: true })
  gap(@Args('id', { type: () => ID }) id: string): Promise<CapabilityGap | null> {
    return this.gapsService.findById(id);
  }

  @Query(() => CapabilityGapConnection, { description: 'Capability gaps, newest first' })
  gaps(@Args() args: GapsArgs) {
    return this.gapsService.list(args);
  }

  @Mutation(() => CapabilityGap, { description: 'Log a capability gap (DRAFT unless open: true)' })
  createGap(@Args('input') input: CreateGapInput): Promise<CapabilityGap> {
    return this.gapsService.create(input);
  }

  @Mutation(() => CapabilityGap, { description: 'Change a DRAFT, OPEN or PARTIALLY_MATCHED gap' })
  updateGap(@Args('input') input: UpdateGapInput): Promise<CapabilityGap> {
    return this.gapsService.update(input);
  }

  @Mutation(() => CapabilityGap, { description: 'DRAFT → OPEN: the gap takes part in matching' })
  openGap(@Args('input') input: GapIdInput): Promise<CapabilityGap> {
    return this.gapsService.open(input.id);
  }

  @Mutation(() => CapabilityGap, { description: 'Cancel a gap that is not yet matched' })
  cancelGap(@Args('input') input: CancelGapInput): Promise<CapabilityGap> {
    return this.gapsService.cancel(input.id, input.reason);
  }

  @ResolveField(() => MemberState)
  memberState(
    @Parent() gap: CapabilityGap,
    @Context() context: GraphQLRequestContext,
  ): Promise<MemberState | null> {
    return this.referenceData.memberStateLoader(context.dataLoaders).load(gap.memberStateIso3);
  }

  @ResolveField(() => Mission, { nullable: true })
  mission(
    @Parent() gap: CapabilityGap,
    @Context() context: GraphQLRequestContext,
  ): Promise<Mission | null> | null {
    if (!gap.missionCode) return null;
    return this.referenceData.missionLoader(context.dataLoaders).load(gap.missionCode);
  }
}
