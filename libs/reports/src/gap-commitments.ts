import { OPEN_PROPOSAL_STATUSES } from '@app/domain';

/** The open proposal statuses as an SQL list, for `x.status IN (…)`. */
export const OPEN_PROPOSALS = OPEN_PROPOSAL_STATUSES.map((status) => `'${status}'`).join(', ');

/** Per gap (alias g): units in partnerships and delivered, and in open proposals. */
export const GAP_COMMITMENTS = `
  LEFT JOIN LATERAL (
    SELECT sum(p.quantity) AS confirmed, sum(p.delivered_quantity) AS delivered
    FROM partnerships p WHERE p.gap_id = g.id
  ) pa ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.quantity) AS open
    FROM proposals x WHERE x.gap_id = g.id AND x.status IN (${OPEN_PROPOSALS})
  ) pr ON true`;

/** Proposed units of a gap: open proposals, at most what its partnerships leave uncovered. */
export const PROPOSED = 'LEAST(COALESCE(pr.open, 0), g.quantity - COALESCE(pa.confirmed, 0))';
