import { Module } from '@nestjs/common';

import { ReferenceDataModule } from '@app/reference-data';

import { MinisterialsSyncService } from './ministerials-sync.service';
import { MinisterialsResolver } from './ministerials.resolver';
import { PledgesResolver } from './pledges.resolver';
import { PledgesService } from './pledges.service';

/** Peacekeeping Ministerials, their requirement lists, and the pledges made there. */
@Module({
  imports: [ReferenceDataModule],
  providers: [PledgesService, MinisterialsSyncService, PledgesResolver, MinisterialsResolver],
  exports: [PledgesService, MinisterialsSyncService],
})
export class PledgesModule {}
