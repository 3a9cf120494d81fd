import { Module } from '@nestjs/common';

import { ReferenceDataModule } from '@app/reference-data';

import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

@Module({
  imports: [ReferenceDataModule],
  providers: [OffersService, OffersResolver],
  exports: [OffersService],
})
export class OffersModule {}
