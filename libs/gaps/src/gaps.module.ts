import { Module } from '@nestjs/common';

import { ReferenceDataModule } from '@app/reference-data';

import { GapsResolver } from './gaps.resolver';
import { GapsService } from './gaps.service';

@Module({
  imports: [ReferenceDataModule],
  providers: [GapsService, GapsResolver],
  exports: [GapsService],
})
export class GapsModule {}
