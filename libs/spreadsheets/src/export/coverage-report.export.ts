import { CoverageReportArgs, ReportPolicy, type ReportsService } from '@app/reports';

import { type ExportKind, REPORT_GAP_FILTER, reportExport, rowsOf } from './export-kind';

const COVERAGE_FIGURES = [
  'gaps',
  'demand',
  'proposed',
  'confirmed',
  'delivered',
  'unmet',
  'coveredPercent',
] as const;

/** /export/reports/coverage: the coverage report's rows, then its totals. */
export function coverageReportExport(reports: ReportsService): ExportKind<CoverageReportArgs> {
  return reportExport({
    path: 'reports/coverage',
    title: (args) => `coverage-by-${args.by.toLowerCase().replace(/_/g, '-')}`,
    rule: ReportPolicy.readScoped,
    args: CoverageReportArgs,
    params: { args: { by: 'dimension' }, filter: REPORT_GAP_FILTER },
    headers: () => ['key', 'label', ...COVERAGE_FIGURES],
    rows: (ctx, args) =>
      rowsOf(async () => {
        const report = await reports.coverage(ctx, args);
        return [
          ...report.rows.map((row) => [
            row.key,
            row.label,
            ...COVERAGE_FIGURES.map((name) => row[name]),
          ]),
          // Last, as in the GraphQL report's `totals`.
          ['TOTAL', 'Total', ...COVERAGE_FIGURES.map((name) => report.totals[name])],
        ];
      }),
  });
}
