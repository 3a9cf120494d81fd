import { REPORT_FILTER_FIELDS as F, reportFilter, type ReportFilterOf } from '../report-filter';

/** Which partnerships an outcome report lists: by their gap, their donor, measured or not. */
export const OUTCOME_REPORT_FILTER = reportFilter('OutcomeReportFilter', {
  category: F.category,
  memberState: { ...F.memberState, description: 'Recipient T/PCCs, ISO3' },
  donor: F.donor,
  measuredOnly: F.measuredOnly,
  mission: F.mission,
  region: F.region,
  priority: F.priority,
  period: F.period,
});

export const OutcomeReportFilter = OUTCOME_REPORT_FILTER.input;
export type OutcomeReportFilter = ReportFilterOf<typeof OUTCOME_REPORT_FILTER.fields>;
