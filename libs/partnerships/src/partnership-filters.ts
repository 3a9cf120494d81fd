import { type FilterOf, listFilter } from '@app/common';
import { PartnershipStatus } from '@app/domain';
import { pairingFilters } from '@app/match-runs';

/**
 * The filters of the partnership list (GraphQL `partnerships(filter:)`,
 * `GET /export/partnerships.*`), declared once: the GraphQL input PartnershipFilter, its
 * validation, the SQL and the export parameters.
 */
export const PARTNERSHIP_FILTER = listFilter(
  'PartnershipFilter',
  pairingFilters(PartnershipStatus),
);

/** `partnerships(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const PartnershipFilter = PARTNERSHIP_FILTER.input;
export type PartnershipFilter = FilterOf<typeof PARTNERSHIP_FILTER.fields>;
