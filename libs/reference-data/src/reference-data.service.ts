import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { type Connection, paginate, type RequestLoaders, sortKeyFor } from '@app/common';
import { batchedLookup } from '@app/persistence';

import { type MemberStatesArgs } from './dto/member-states.args';
import { type MissionsArgs } from './dto/missions.args';
import { MemberState } from './member-state.entity';
import { Mission } from './mission.entity';
import { MEMBER_STATE_ORDERING } from './member-state-ordering';
import { MISSION_ORDERING } from './mission-ordering';
import { MEMBER_STATE_FILTER } from './member-state-filters';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(MemberState) private readonly memberStates: Repository<MemberState>,
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
  ) {}

  findMemberState(iso3: string): Promise<MemberState | null> {
    return this.memberStates.findOneBy({ iso3: iso3.toUpperCase() });
  }

  findMission(code: string): Promise<Mission | null> {
    return this.missions.findOneBy({ code: code.toUpperCase() });
  }

  listMemberStates(args: MemberStatesArgs): Promise<Connection<MemberState>> {
    const query = this.memberStates.createQueryBuilder('state');
    MEMBER_STATE_FILTER.apply(query, args.filter, 'state');
    return paginate(query, args, sortKeyFor(MEMBER_STATE_ORDERING, args.orderBy));
  }

  listMissions(args: MissionsArgs): Promise<Connection<Mission>> {
    return paginate(
      this.missions.createQueryBuilder('mission'),
      args,
      sortKeyFor(MISSION_ORDERING, args.orderBy),
    );
  }

  /** Member states by ISO3 code, batched per request. */
  memberStateLoader(loaders: RequestLoaders) {
    return batchedLookup(loaders, 'memberStateByIso3', this.memberStates, 'iso3');
  }

  /** Missions by code, batched per request. */
  missionLoader(loaders: RequestLoaders) {
    return batchedLookup(loaders, 'missionByCode', this.missions, 'code');
  }

  /** Which of these ISO3 codes are not member states. */
  async unknownMemberStates(codes: readonly string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = await this.memberStates.findBy({ iso3: In(unique) });
    const known = new Set(found.map((state) => state.iso3));
    return unique.filter((code) => !known.has(code));
  }
}
