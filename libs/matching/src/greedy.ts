import { effectiveCapacity } from './allocate';
import { type CandidatePairs } from './candidates';
import { type MatchGap, type MatchOffer } from './instance';

/**
 * The plain heuristic a person would use: take pairs from the highest score down and give each
 * as much as is left. Only the benchmark uses it, to show how far from optimal it lands.
 */
export function greedyAllocate(
  pairs: CandidatePairs,
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
): Int32Array {
  const demand = gaps.map((gap) => gap.quantity);
  const capacity = offers.map(effectiveCapacity);
  const quantities = new Int32Array(pairs.length);
  const order = Int32Array.from({ length: pairs.length }, (_, index) => index).sort(
    (a, b) => pairs.score[b] - pairs.score[a] || a - b,
  );
  for (const index of order) {
    const gap = pairs.gap[index];
    const offer = pairs.offer[index];
    const quantity = Math.min(demand[gap], capacity[offer]);
    if (quantity > 0) {
      quantities[index] = quantity;
      demand[gap] -= quantity;
      capacity[offer] -= quantity;
    }
  }
  return quantities;
}
