import {
  OUTCOME_REPORT_FILTER,
  PartnershipOutcomesArgs,
  ReportPolicy,
  type ReportsService,
} from '@app/reports';

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

/** After the outcome's own columns: its reporting periods, and the latest of them. */
const PERIOD_HEADERS = [
  'periods',
  'latestPeriodStart',
  'latestPeriodEnd',
  'latestActual',
  'latestTargetProgressPercent',
];

/** /export/reports/partnership-outcomes: every outcome, oldest first, page after page. */
export function partnershipOutcomesReportExport(
  reports: ReportsService,
): ExportKind<PartnershipOutcomesArgs> {
  return reportExport({
    path: 'reports/partnership-outcomes',
    title: () => 'partnership-outcomes',
    rule: ReportPolicy.readScoped,
    args: PartnershipOutcomesArgs,
    params: {
      args: {},
      filter: OUTCOME_REPORT_FILTER.params,
    },
    headers: () => [...OUTCOME_HEADERS, ...PERIOD_HEADERS],
    rows: (ctx, args) =>
      pages(
        (after) => reports.partnershipOutcomes(ctx, { ...args, first: REPORT_PAGE, after }),
        (outcome) => [
          ...OUTCOME_HEADERS.map((name) => outcome[name]),
          outcome.periods.length,
          outcome.latestPeriod?.periodStart,
          outcome.latestPeriod?.periodEnd,
          outcome.latestPeriod?.actual,
          outcome.latestPeriod?.targetProgressPercent,
        ],
      ),
  });
}
