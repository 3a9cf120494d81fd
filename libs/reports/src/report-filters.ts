import { GapStatus, OfferStatus } from '@app/domain';

import { GAP_REPORT_FILTER, type GapReportFilter } from './dto/gap-report-filter.input';
import { type ReportScope } from './report-scope';
import { type SqlParams } from './sql-params';

/** Gaps a report counts unless the filter names statuses: published, not cancelled. */
export const REPORTED_GAP_STATUSES: readonly GapStatus[] = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
  GapStatus.MATCHED,
  GapStatus.CLOSED,
];

/** Offers a donor summary counts unless the filter names statuses: published, not withdrawn. */
export const REPORTED_OFFER_STATUSES: readonly OfferStatus[] = [
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
  OfferStatus.FULLY_ALLOCATED,
  OfferStatus.EXPIRED,
];

/**
 * WHERE conditions on a gap (alias g) and its T/PCC (alias ms) for a report filter, ANDed with
 * the gaps the caller may see (a filter naming another state's gaps, or drafts for a donor, finds
 * nothing).
 */
export function gapConditions(
  scope: ReportScope,
  filter: GapReportFilter | undefined,
  params: SqlParams,
  defaultStatuses: readonly GapStatus[],
): string {
  return [
    ...GAP_REPORT_FILTER.conditions(
      { ...filter, status: filter?.status ?? [...defaultStatuses] },
      params,
      'gap',
    ),
    scope.gaps(params),
  ].join(' AND ');
}
