import { type DataSource } from 'typeorm';

import {
  applyPartnershipFilter,
  Partnership,
  PartnershipFilter,
  PartnershipPolicy,
} from '@app/partnerships';

import {
  type ExportKind,
  iso,
  listExport,
  PAIRING_FILTER,
  PAIRING_HEADERS,
  pairingCells,
  withGapAndOffer,
} from './export-kind';
import { type ParamSpec } from './export-params';

// The filter of the GraphQL list as query parameters (the date ranges are not offered).
const PARTNERSHIP_FILTER: ParamSpec = { filter: PAIRING_FILTER };

const PARTNERSHIP_HEADERS = [
  'id',
  'proposalId',
  ...PAIRING_HEADERS,
  'deliveredQuantity',
  'status',
  'indicatorBaseline',
  'indicatorAfter',
  'indicatorMeasuredOn',
  'createdAt',
];

/** /export/partnerships: the partnerships the actor's list shows, with their gap and offer. */
export function partnershipsExport(dataSource: DataSource): ExportKind<PartnershipFilter> {
  return listExport(dataSource, {
    path: 'partnerships',
    entity: Partnership,
    alias: 'partnership',
    policy: PartnershipPolicy,
    filter: PartnershipFilter,
    params: PARTNERSHIP_FILTER,
    join: (query) => withGapAndOffer(query, 'partnership', ['gap.objective.baseline']),
    applyFilter: (query, filter) => applyPartnershipFilter(query, filter),
    headers: () => PARTNERSHIP_HEADERS,
    row: (p) => [
      p.id,
      p.proposalId,
      ...pairingCells(p),
      p.deliveredQuantity,
      p.status,
      p.gap?.objective?.baseline,
      p.indicatorAfter,
      p.indicatorMeasuredOn,
      iso(p.createdAt),
    ],
  });
}
