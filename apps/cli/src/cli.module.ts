import { Module } from '@nestjs/common';

import { UsersModule } from '@app/auth';
import { AppConfigModule } from '@app/config';
import { GapsModule } from '@app/gaps';
import { AutomaticMatchingModule } from '@app/match-runs';
import { OffersModule } from '@app/offers';
import { PledgesModule } from '@app/pledges';
import { ReferenceDataModule } from '@app/reference-data';
import { DatabaseModule } from '@app/persistence';
import { ImportModule } from '@app/spreadsheets';

import { DemoSeederService } from './demo-seeder.service';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    ReferenceDataModule,
    AutomaticMatchingModule,
    GapsModule,
    OffersModule,
    PledgesModule,
    UsersModule,
    ImportModule,
  ],
  providers: [DemoSeederService],
})
export class CliModule {}
