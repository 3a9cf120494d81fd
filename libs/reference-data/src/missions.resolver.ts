import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize, allow } from '@app/access';
import { ALL_ROLES } from '@app/domain';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';

import { MissionsArgs } from './dto/missions.args';
import { MemberState } from './member-state.entity';
import { Mission } from './mission.entity';
import { ReferenceDataService } from './reference-data.service';

const MissionConnection = ConnectionType(Mission, 'Mission');

@Resolver(() => Mission)
export class MissionsResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Authorize(allow(...ALL_ROLES))
  @Query(() => Mission, { nullable: true, description: 'A mission by code, e.g. MINUSCA' })
  mission(@Args('code', { type: () => String }) code: string): Promise<Mission | null> {
    return this.referenceData.findMission(code);
  }

  @Authorize(allow(...ALL_ROLES))
  @Query(() => MissionConnection, { description: 'UN peacekeeping missions, by code' })
  missions(@Args() args: MissionsArgs) {
    return this.referenceData.listMissions(args);
  }

  // Field resolvers take (parent, args, context) as GraphQL passes them, without parameter
  // decorators: @nestjs/graphql then calls them directly, not through Nest's per-call pipeline,
  // which costs more than the resolver itself when a page resolves it hundreds of times.
  @ResolveField(() => MemberState, { nullable: true })
  hostCountry(
    mission: Mission,
    _args: unknown,
    context: GraphQLRequestContext,
  ): MemberState | Promise<MemberState | null> | null {
    if (!mission.hostCountryIso3) return null;
    return this.referenceData.memberStateOf(context.dataLoaders, mission.hostCountryIso3);
  }
}
