import { REPORT_FILTER_FIELDS as F, reportFilter, type ReportFilterOf } from '../report-filter';

/**
 * Which offers a donor summary counts (`donor`, `category`, `status`, `period`: posted in it), and
 * which partnerships of them (the gap's `memberState`, `mission`, `region`, `priority`). Fields
 * combine with AND.
 */
export const DONOR_REPORT_FILTER = reportFilter('DonorReportFilter', {
  donor: F.donor,
  category: F.offerCategory,
  status: F.offerStatus,
  period: F.offerPeriod,
  memberState: F.memberState,
  mission: F.mission,
  region: F.region,
  priority: F.priority,
});

export const DonorReportFilter = DONOR_REPORT_FILTER.input;
export type DonorReportFilter = ReportFilterOf<typeof DONOR_REPORT_FILTER.fields>;
