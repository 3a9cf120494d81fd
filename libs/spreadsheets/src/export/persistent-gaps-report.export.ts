import { PersistentGapsArgs, ReportPolicy, type ReportsService } from '@app/reports';

import {
  type ExportKind,
  iso,
  pages,
  REPORT_GAP_FILTER,
  REPORT_PAGE,
  reportExport,
} from './export-kind';

const PERSISTENT_GAP_HEADERS = [
  'gapId',
  'title',
  'memberStateIso3',
  'memberStateName',
  'missionCode',
  'category',
  'capability',
  'priority',
  'demand',
  'confirmed',
  'proposed',
  'unmet',
  'openedAt',
  'daysOpen',
  'runsUnmet',
] as const;

/** /export/reports/persistent-gaps: every persistent gap, oldest first, page after page. */
export function persistentGapsReportExport(
  reports: ReportsService,
): ExportKind<PersistentGapsArgs> {
  return reportExport({
    path: 'reports/persistent-gaps',
    title: () => 'persistent-gaps',
    rule: ReportPolicy.readScoped,
    args: PersistentGapsArgs,
    params: {
      args: { openLongerThanDays: 'integer', unmetInLastRuns: 'integer' },
      filter: REPORT_GAP_FILTER,
    },
    headers: () => [...PERSISTENT_GAP_HEADERS],
    rows: (ctx, args) =>
      pages(
        (after) => reports.persistentGaps(ctx, { ...args, first: REPORT_PAGE, after }),
        (gap) =>
          PERSISTENT_GAP_HEADERS.map((name) =>
            name === 'openedAt' ? iso(gap.openedAt) : gap[name],
          ),
      ),
  });
}
