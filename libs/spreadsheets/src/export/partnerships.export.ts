import { type DataSource } from 'typeorm';

import {
  Partnership,
  PARTNERSHIP_FILTER,
  type PartnershipFilter,
  PartnershipPolicy,
} from '@app/partnerships';

import {
  type ExportKind,
  iso,
  listExport,
  PAIRING_HEADERS,
  pairingCells,
  withGapAndOffer,
} from './export-kind';

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
    filter: PARTNERSHIP_FILTER,
    join: (query) => withGapAndOffer(query, 'partnership', ['gap.objective.baseline']),
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
