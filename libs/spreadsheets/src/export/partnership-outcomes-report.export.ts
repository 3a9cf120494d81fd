import { OUTCOME_REPORT_FILTER, PartnershipOutcomesArgs, type ReportsService } from '@app/reports';

import { type ExportKind, pages, REPORT_PAGE, reportExport } from './export-kind';

const OUTCOME_HEADERS = [
  'partnershipId',
  'gapId',
  'gapTitle',
  'memberStateIso3',
  'donorIso3',
  'category',
  'capability',
  'status',
  'quantity',
  'delivered',
  'indicator',
  'baseline',
  'target',
  'after',
  'measuredOn',
  'change',
  'targetProgressPercent',
] as const;

/** /export/reports/partnership-outcomes: every outcome, oldest first, page after page. */
export function partnershipOutcomesReportExport(
  reports: ReportsService,
): ExportKind<PartnershipOutcomesArgs> {
  return reportExport({
    path: 'reports/partnership-outcomes',
    title: () => 'partnership-outcomes',
    args: PartnershipOutcomesArgs,
    params: {
      args: {},
      filter: OUTCOME_REPORT_FILTER.params,
    },
    headers: () => [...OUTCOME_HEADERS],
    rows: (args) =>
      pages(
        (after) => reports.partnershipOutcomes({ ...args, first: REPORT_PAGE, after }),
        (outcome) => OUTCOME_HEADERS.map((name) => outcome[name]),
      ),
  });
}
