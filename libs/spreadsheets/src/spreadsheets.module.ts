import { Module } from '@nestjs/common';

import { GapsModule } from '@app/gaps';
import { OffersModule } from '@app/offers';
import { MatchSchedulerModule } from '@app/queue';

import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Imports without GraphQL (the CLI). */
@Module({
  imports: [GapsModule, OffersModule, MatchSchedulerModule],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}

/** Imports (GraphQL uploads) and exports (HTTP downloads) of the API. */
@Module({
  imports: [ImportModule],
  providers: [ImportResolver],
})
export class SpreadsheetsModule {}
