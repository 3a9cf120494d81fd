import { GapStatus, OfferStatus } from '@app/domain';

import { type GapReportFilter } from './dto/gap-report-filter.input';
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
  const conditions = [
    `g.status::text = ANY(${params.add(filter?.status ?? defaultStatuses)}::text[])`,
  ];
  if (filter?.category) {
    conditions.push(`g.category::text = ANY(${params.add(filter.category)}::text[])`);
  }
  if (filter?.memberState) {
    conditions.push(`g.member_state_iso3 = ANY(${params.add(filter.memberState)}::text[])`);
  }
  if (filter?.mission) {
    conditions.push(`g.mission_code = ANY(${params.add(filter.mission)}::text[])`);
  }
  if (filter?.region) {
    const regions = params.add(filter.region);
    conditions.push(
      `(ms.region_code = ANY(${regions}::text[]) OR ms.sub_region_code = ANY(${regions}::text[]))`,
    );
  }
  return conditions.join(' AND ');
}
