import {
  DONOR_REPORT_FILTER,
  DonorSummariesArgs,
  ReportPolicy,
  type ReportsService,
} from '@app/reports';

import { type ExportKind, reportExport, rowsOf } from './export-kind';

const DONOR_HEADERS = [
  'row',
  'donorIso3',
  'donorName',
  'category',
  'regionCode',
  'regionName',
  'offers',
  'capacity',
  'reserved',
  'allocated',
  'allocatedPercent',
  'partnerships',
  'delivered',
];

/** /export/reports/donor-summaries: per donor a DONOR row, then CATEGORY and RECIPIENT_REGION. */
export function donorSummariesReportExport(
  reports: ReportsService,
): ExportKind<DonorSummariesArgs> {
  return reportExport({
    path: 'reports/donor-summaries',
    title: () => 'donor-summaries',
    rule: ReportPolicy.readDonorSummaries,
    args: DonorSummariesArgs,
    params: { args: {}, filter: DONOR_REPORT_FILTER.params },
    headers: () => DONOR_HEADERS,
    rows: (ctx, args) =>
      rowsOf(async () =>
        (await reports.donorSummaries(ctx, args)).flatMap((donor) => [
          // row, donor, name, category, region code, region name, then the figures.
          [
            'DONOR',
            donor.donorIso3,
            donor.donorName,
            null,
            null,
            null,
            donor.offers,
            donor.capacity,
            donor.reserved,
            donor.allocated,
            donor.allocatedPercent,
            donor.partnerships,
            donor.delivered,
          ],
          ...donor.byCategory.map((figures) => [
            'CATEGORY',
            donor.donorIso3,
            donor.donorName,
            figures.category,
            null,
            null,
            figures.offers,
            figures.capacity,
            figures.reserved,
            figures.allocated,
            null,
            figures.partnerships,
            figures.delivered,
          ]),
          ...donor.byRecipientRegion.map((figures) => [
            'RECIPIENT_REGION',
            donor.donorIso3,
            donor.donorName,
            null,
            figures.regionCode,
            figures.regionName,
            null,
            null,
            null,
            figures.allocated,
            null,
            figures.partnerships,
            figures.delivered,
          ]),
        ]),
      ),
  });
}
