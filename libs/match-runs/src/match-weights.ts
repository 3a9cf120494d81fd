import { BadInputError } from '@app/common';
import { InstanceError, validateWeights, type Weights } from '@app/matching';

import { type MatchWeightsInput } from './dto/match-weights.input';

/**
 * The weights a caller gave, without the ones left out (defaults fill those in), checked by the
 * engine's own rules (e.g. not all zero) so a bad set is refused before anything is queued.
 */
export function checkedWeights(
  weights: MatchWeightsInput | null | undefined,
  field = 'input.weights',
): Partial<Weights> {
  const given = Object.fromEntries(
    Object.entries(weights ?? {}).filter(([, value]) => value !== undefined && value !== null),
  );
  try {
    return validateWeights(given, field);
  } catch (error) {
    if (error instanceof InstanceError) throw new BadInputError(error.path, error.message);
    throw error;
  }
}
