/** The criteria of a candidate pair's score, each valued in [0, 1]. */
export const CRITERIA = [
  'priority',
  'urgency',
  'capability',
  'language',
  'region',
  'partnership',
  'deliveryMode',
] as const;

export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

/**
 * Default weights (they sum to 1). Need comes first (priority, urgency); then how well the offer
 * fits (exact capability, language, delivery mode); then the relationship the concept note stresses
 * (existing partnerships, regional proximity).
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  priority: 0.25,
  urgency: 0.15,
  capability: 0.15,
  language: 0.15,
  region: 0.1,
  partnership: 0.1,
  deliveryMode: 0.1,
};

export function resolveWeights(overrides: Partial<Weights> | undefined): Weights {
  return { ...DEFAULT_WEIGHTS, ...overrides };
}
