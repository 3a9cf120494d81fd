/**
 * PROPOSED by a run → ACCEPTED once one side has accepted (its quantity is then reserved, so
 * later runs leave it alone) → CONFIRMED when the other side accepts too (it becomes a
 * Partnership); DECLINED by either side; SUPERSEDED when a later run replaces a PROPOSED one;
 * EXPIRED when its gap or offer stops taking part in matching before both sides accepted.
 */
export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  SUPERSEDED = 'SUPERSEDED',
  EXPIRED = 'EXPIRED',
}

/** Proposals still waiting for an answer from at least one side. */
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.ACCEPTED,
];
