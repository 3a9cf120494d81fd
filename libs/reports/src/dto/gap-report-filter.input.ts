import { REPORT_FILTER_FIELDS as F, reportFilter, type ReportFilterOf } from '../report-filter';

/**
 * Which gaps a report counts (coverage, persistent gaps, language fit, trend, open demand). Each
 * field is a list of accepted values (the period a range); fields combine with AND.
 */
export const GAP_REPORT_FILTER = reportFilter('GapReportFilter', {
  category: F.category,
  status: F.gapStatus,
  memberState: F.memberState,
  mission: F.mission,
  region: F.region,
  priority: F.priority,
  period: F.period,
});

export const GapReportFilter = GAP_REPORT_FILTER.input;
export type GapReportFilter = ReportFilterOf<typeof GAP_REPORT_FILTER.fields>;
