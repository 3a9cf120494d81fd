import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '@app/config';
import { PledgeReportsService } from '@app/pledges';
import { ReportsService } from '@app/reports';

import { coverageReportExport } from './coverage-report.export';
import { donorSummariesReportExport } from './donor-summaries-report.export';
import { type ExportKind } from './export-kind';
import { gapsExport } from './gaps.export';
import { iatiActivitiesExport } from './iati-activities.export';
import { languageFitReportExport } from './language-fit-report.export';
import { offersExport } from './offers.export';
import { partnershipOutcomesReportExport } from './partnership-outcomes-report.export';
import { partnershipsExport } from './partnerships.export';
import { persistentGapsReportExport } from './persistent-gaps-report.export';
import {
  pledgeFollowUpReportExport,
  pledgeRequirementsReportExport,
  publicPledgeSummaryExport,
} from './pledge-reports.export';
import { proposalsExport } from './proposals.export';
import { type XmlExportKind } from './xml-export-kind';

/**
 * What can be exported, one `*.export.ts` each. Lists (gaps, offers, proposals, partnerships) are
 * the rows the actor sees in the GraphQL list of the same name, with the same filters, read by a
 * cursor stream; reports are those of the GraphQL report queries (ReportsService), for the same
 * roles. XML exports (the IATI activities) are in `xml`.
 */
@Injectable()
export class ExportCatalogue {
  readonly kinds: readonly ExportKind<never>[];
  readonly xml: readonly XmlExportKind<never, never>[];

  constructor(
    @InjectDataSource() dataSource: DataSource,
    reports: ReportsService,
    config: AppConfig,
    pledgeReports: PledgeReportsService,
  ) {
    this.kinds = [
      gapsExport(dataSource),
      offersExport(dataSource),
      proposalsExport(dataSource),
      partnershipsExport(dataSource),
      coverageReportExport(reports),
      persistentGapsReportExport(reports),
      donorSummariesReportExport(reports),
      languageFitReportExport(reports),
      partnershipOutcomesReportExport(reports),
      pledgeRequirementsReportExport(pledgeReports),
      pledgeFollowUpReportExport(pledgeReports),
      publicPledgeSummaryExport(pledgeReports),
    ] as unknown as ExportKind<never>[];
    this.xml = [iatiActivitiesExport(dataSource, config)] as unknown as XmlExportKind<
      never,
      never
    >[];
  }

  findXml(path: string): XmlExportKind<unknown, unknown> | undefined {
    return this.xml.find((kind) => kind.path === path) as unknown as
      XmlExportKind<unknown, unknown> | undefined;
  }

  find(path: string): ExportKind<unknown> | undefined {
    return this.kinds.find((kind) => kind.path === path) as ExportKind<unknown> | undefined;
  }
}
