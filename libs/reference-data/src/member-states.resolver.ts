import { Args, Query, Resolver } from '@nestjs/graphql';

import { Authorize, allow } from '@app/access';
import { ALL_ROLES } from '@app/domain';
import { ConnectionType } from '@app/common';

import { MemberStatesArgs } from './dto/member-states.args';
import { MemberState } from './member-state.entity';
import { ReferenceDataService } from './reference-data.service';

const MemberStateConnection = ConnectionType(MemberState, 'MemberState');

@Resolver(() => MemberState)
export class MemberStatesResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Authorize(allow(...ALL_ROLES))
  @Query(() => MemberState, { nullable: true, description: 'A member state by ISO3 code' })
  memberState(@Args('iso3', { type: () => String }) iso3: string): Promise<MemberState | null> {
    return this.referenceData.findMemberState(iso3);
  }

  @Authorize(allow(...ALL_ROLES))
  @Query(() => MemberStateConnection, { description: 'UN member states, by name' })
  memberStates(@Args() args: MemberStatesArgs) {
    return this.referenceData.listMemberStates(args);
  }
}
