import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UN_MEMBER_STATES } from '@app/geo';

import { MISSIONS } from './data/missions';
import { MemberState } from './member-state.entity';
import { Mission } from './mission.entity';

/** Loads member states (from @app/geo) and missions into the database; safe to run any time. */
@Injectable()
export class ReferenceDataSyncService {
  private readonly logger = new Logger(ReferenceDataSyncService.name);

  constructor(private readonly dataSource: DataSource) {}

  async sync(): Promise<{ memberStates: number; missions: number }> {
    return this.dataSource.transaction(async (manager) => {
      const states = UN_MEMBER_STATES.map((state) => ({
        iso3: state.iso3,
        iso2: state.iso2,
        m49: state.m49,
        name: state.name,
        officialName: state.officialName,
        regionCode: state.region.code,
        regionName: state.region.name,
        subRegionCode: state.subRegion.code,
        subRegionName: state.subRegion.name,
        languages: [...state.languages],
      }));
      await manager.upsert(MemberState, states, ['iso3']);
      const missions = MISSIONS.map((mission) => ({
        code: mission.code,
        name: mission.name,
        location: mission.location,
        hostCountryIso3: mission.hostCountry,
        languages: mission.languages,
        establishedOn: mission.establishedOn,
      }));
      await manager.upsert(Mission, missions, ['code']);
      this.logger.log(
        `Reference data: ${states.length} member states, ${missions.length} missions`,
      );
      return { memberStates: states.length, missions: missions.length };
    });
  }
}
