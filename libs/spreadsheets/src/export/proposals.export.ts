import { type DataSource } from 'typeorm';

import { Proposal, PROPOSAL_FILTER, type ProposalFilter, ProposalPolicy } from '@app/match-runs';

import {
  type ExportKind,
  iso,
  listExport,
  PAIRING_HEADERS,
  pairingCells,
  withGapAndOffer,
} from './export-kind';

const PROPOSAL_HEADERS = [
  'id',
  'runId',
  ...PAIRING_HEADERS,
  'score',
  'scorePriority',
  'scoreUrgency',
  'scoreCapability',
  'scoreLanguage',
  'scoreRegion',
  'scorePartnership',
  'scoreDeliveryMode',
  'explanation',
  'status',
  'tpccResponse',
  'tpccRespondedAt',
  'donorResponse',
  'donorRespondedAt',
  'statusReason',
  'createdAt',
];

/** /export/proposals: the proposals the actor's list shows, with their gap, offer and scores. */
export function proposalsExport(dataSource: DataSource): ExportKind<ProposalFilter> {
  return listExport(dataSource, {
    path: 'proposals',
    entity: Proposal,
    alias: 'proposal',
    policy: ProposalPolicy,
    filter: PROPOSAL_FILTER,
    join: (query) => withGapAndOffer(query, 'proposal'),
    headers: () => PROPOSAL_HEADERS,
    row: (p) => [
      p.id,
      p.runId,
      ...pairingCells(p),
      p.score,
      p.breakdown.priority,
      p.breakdown.urgency,
      p.breakdown.capability,
      p.breakdown.language,
      p.breakdown.region,
      p.breakdown.partnership,
      p.breakdown.deliveryMode,
      p.explanation,
      p.status,
      p.tpccResponse,
      iso(p.tpccRespondedAt),
      p.donorResponse,
      iso(p.donorRespondedAt),
      p.statusReason,
      iso(p.createdAt),
    ],
  });
}
