import { GapStatus, OfferStatus } from '@app/domain';

import { GAP_REPORT_FILTER, type GapReportFilter } from './dto/gap-report-filter.input';
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

/** WHERE conditions on a gap (alias g) and its T/PCC (alias ms) for a report filter. */
export function gapConditions(
  filter: GapReportFilter | undefined,
  params: SqlParams,
  defaultStatuses: readonly GapStatus[],
): string {
  return GAP_REPORT_FILTER.conditions(
    { ...filter, status: filter?.status ?? [...defaultStatuses] },
    params,
    'gap',
  ).join(' AND ');
}
