import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MemberState } from './member-state.entity';
import { MemberStatesResolver } from './member-states.resolver';
import { Mission } from './mission.entity';
import { MissionsResolver } from './missions.resolver';
import { ReferenceDataSyncService } from './reference-data-sync.service';
import { ReferenceDataService } from './reference-data.service';

@Module({
  imports: [TypeOrmModule.forFeature([MemberState, Mission])],
  providers: [
    ReferenceDataService,
    ReferenceDataSyncService,
    MemberStatesResolver,
    MissionsResolver,
  ],
  exports: [ReferenceDataService, ReferenceDataSyncService],
})
export class ReferenceDataModule {}
