/**
 * PROPOSED by a run → ACCEPTED (by both sides) → CONFIRMED as a partnership, or DECLINED, or
 * SUPERSEDED when a later run replaces it, or EXPIRED.
 */
export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  SUPERSEDED = 'SUPERSEDED',
  EXPIRED = 'EXPIRED',
}
