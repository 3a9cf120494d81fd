import { Module } from '@nestjs/common';

import { AuthModule } from '@app/auth';
import { GapsModule } from '@app/gaps';
import { OffersModule } from '@app/offers';
import { PledgesModule } from '@app/pledges';
import { ReportsModule } from '@app/reports';

import { ExportCatalogue } from './export/export-catalogue';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Imports without GraphQL (the CLI). */
@Module({
  imports: [GapsModule, OffersModule, PledgesModule],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}

/** Imports (GraphQL uploads) and exports (HTTP downloads, GET /export/…) of the API. */
@Module({
  imports: [ImportModule, AuthModule, ReportsModule, PledgesModule],
  controllers: [ExportController],
  providers: [ImportResolver, ExportCatalogue, ExportService],
})
export class SpreadsheetsModule {}
