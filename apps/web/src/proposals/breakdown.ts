/** The score's criteria in the order a proposal shows them: what fits first, then the context. */
export const BREAKDOWN_CRITERIA = [
  'capability',
  'language',
  'deliveryMode',
  'region',
  'urgency',
  'priority',
  'partnership',
] as const;

/** A proposal's score breakdown: each criterion's part, in [0, 1]. */
export type Breakdown = Record<(typeof BREAKDOWN_CRITERIA)[number], number>;
