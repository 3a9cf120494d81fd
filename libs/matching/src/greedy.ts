import { budgetUnits, type ScoredPair } from './allocate';
import { type MatchGap, type MatchOffer } from './instance';

/**
 * The plain heuristic a person would use: take pairs from the highest score down and give each
 * as much as is left. Only the benchmark uses it, to show how far from optimal it lands.
 */
export function greedyAllocate(
  pairs: readonly ScoredPair[],
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
): Int32Array {
  const demand = gaps.map((gap) => gap.quantity);
  const capacity = offers.map((offer) => Math.min(offer.capacity, budgetUnits(offer)));
  const quantities = new Int32Array(pairs.length);
  const order = pairs
    .map((_, index) => index)
    .sort((a, b) => pairs[b].score - pairs[a].score || a - b);
  for (const index of order) {
    const { gap, offer } = pairs[index];
    const quantity = Math.min(demand[gap], capacity[offer]);
    if (quantity > 0) {
      quantities[index] = quantity;
      demand[gap] -= quantity;
      capacity[offer] -= quantity;
    }
  }
  return quantities;
}
