import { type MatchWeightsInput } from '../graphql/generated/graphql';

/** The score's criteria, in the engine's order, with its default weights (libs/matching). */
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

export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  priority: 0.25,
  urgency: 0.15,
  capability: 0.15,
  language: 0.15,
  region: 0.1,
  partnership: 0.1,
  deliveryMode: 0.1,
};

export type WeightValues = Record<Criterion, number | string>;

export const NO_WEIGHTS: WeightValues = Object.fromEntries(
  CRITERIA.map((criterion) => [criterion, '']),
) as WeightValues;

/** The weights the user changed (empty fields keep the engine's defaults), or undefined. */
export function weightsInput(values: WeightValues): MatchWeightsInput | undefined {
  const given = CRITERIA.filter((criterion) => values[criterion] !== '').map((criterion) => [
    criterion,
    Number(values[criterion]),
  ]);
  return given.length ? (Object.fromEntries(given) as MatchWeightsInput) : undefined;
}
