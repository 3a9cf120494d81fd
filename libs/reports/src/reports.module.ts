import { Module } from '@nestjs/common';

import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Coverage, persistent gaps, donor summaries, language fit and partnership outcomes. */
@Module({
  providers: [ReportsService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
