/**
 * The residual graph of an optimal allocation: gaps and offers of one category joined by their
 * candidate pairs, with the units allocated on each. Shortest paths in it answer the diagnostics'
 * two "what would change it" questions exactly (min-cost-flow sensitivity):
 *
 * - the value of one unit of an offer's capacity to the others (`unitValue`): the least score the
 *   allocation loses when the offer gives up one unit and the rest is re-optimised. A gap that got
 *   nothing gets a unit of that offer if, and only if, its score on the offer is above that value;
 * - how many more units an offer needs before a gap gets one (`extraCapacityFor`): extra units go
 *   first to whatever uses gain most (successive longest augmenting paths) and the gap's turn comes
 *   when nothing else gains more than it.
 *
 * A path alternates offers and gaps: taking a unit from a pair (offer → gap, it had units) and
 * giving one on another pair (gap → offer). A negative cycle means the allocation was not optimal
 * for this instance (the data changed since the run): reported, never silently answered.
 */

/** A pair of the graph: positions of its gap and offer, its score and allocated units. */
export interface ResidualPairs {
  length: number;
  gap: Int32Array;
  offer: Int32Array;
  score: Float64Array;
}

export class AllocationNotOptimalError extends Error {}

/** Scores have six decimals: smaller differences are rounding. */
const EPSILON = 1e-9;

export class ResidualGraph {
  private readonly pairsOfGap: Int32Array[];
  private readonly pairsOfOffer: Int32Array[];

  constructor(
    private readonly pairs: ResidualPairs,
    /** Units allocated on each pair. */
    private readonly quantity: Int32Array,
    /** Demand of each gap position. */
    private readonly demand: readonly number[],
    /** Effective capacity (capacity and budget) of each offer position. */
    private readonly capacity: readonly number[],
  ) {
    this.pairsOfGap = groupBy(pairs.gap, pairs.length, demand.length);
    this.pairsOfOffer = groupBy(pairs.offer, pairs.length, capacity.length);
  }

  /** Units a gap received. */
  received(gap: number): number {
    let total = 0;
    for (const pair of this.pairsOfGap[gap]) total += this.quantity[pair];
    return total;
  }

  /** Units an offer gave. */
  given(offer: number): number {
    let total = 0;
    for (const pair of this.pairsOfOffer[offer]) total += this.quantity[pair];
    return total;
  }

  /** Pair positions of an offer with units allocated. */
  allocationsOf(offer: number): number[] {
    return [...this.pairsOfOffer[offer]].filter((pair) => this.quantity[pair] > 0);
  }

  /**
   * Throws AllocationNotOptimalError unless the allocation is optimal: no negative cycle in the
   * residual graph, where one more node stands for "outside" (an offer's unused capacity, a gap's
   * unmet demand) and a cycle through it is a path from spare capacity to unmet demand.
   */
  assertOptimal(): void {
    const gaps = this.demand.length;
    const offers = this.capacity.length;
    const outside = gaps + offers;
    const start = outside + 1;
    const given = Float64Array.from(this.capacity, (_, o) => this.given(o));
    const received = Float64Array.from(this.demand, (_, g) => this.received(g));
    bellmanFord(outside + 2, start, (node, relax) => {
      if (node === start) {
        for (let other = 0; other <= outside; other += 1) relax(other, 0);
      } else if (node === outside) {
        for (let o = 0; o < offers; o += 1) if (given[o] < this.capacity[o]) relax(gaps + o, 0);
        for (let g = 0; g < gaps; g += 1) if (received[g] > 0) relax(g, 0);
      } else if (node >= gaps) {
        const o = node - gaps;
        if (given[o] > 0) relax(outside, 0);
        for (const pair of this.pairsOfOffer[o])
          relax(this.pairs.gap[pair], -this.pairs.score[pair]);
      } else {
        if (received[node] < this.demand[node]) relax(outside, 0);
        for (const pair of this.pairsOfGap[node]) {
          if (this.quantity[pair] > 0) relax(gaps + this.pairs.offer[pair], this.pairs.score[pair]);
        }
      }
    });
  }

  /**
   * What one unit of the offer's capacity is worth to the allocation: the least total score lost
   * when the offer gives up one unit and the others re-route (0 when it has a unit unused).
   */
  unitValue(offer: number): number {
    const gaps = this.demand.length;
    const spare = (o: number) => this.capacity[o] - this.given(o);
    if (spare(offer) > 0) return 0;
    // Nodes: gaps 0..G-1, offers G..G+O-1. From an offer, take a unit back from a pair with units
    // (lose its score); from a gap, either stop (it keeps one unit less) or take the unit from
    // another offer (gain that pair's score), which must then free one unless it has a spare.
    let best = Infinity;
    const distance = bellmanFord(gaps + this.capacity.length, gaps + offer, (node, relax) => {
      if (node >= gaps) {
        const o = node - gaps;
        for (const pair of this.pairsOfOffer[o]) {
          if (this.quantity[pair] > 0) relax(this.pairs.gap[pair], this.pairs.score[pair]);
        }
      } else {
        for (const pair of this.pairsOfGap[node]) {
          relax(gaps + this.pairs.offer[pair], -this.pairs.score[pair]);
        }
      }
    });
    distance.forEach((value, node) => {
      if (value === Infinity) return;
      if (node < gaps || (node - gaps !== offer && spare(node - gaps) > 0))
        best = Math.min(best, value);
    });
    return Math.max(0, best);
  }

  /**
   * How many more units of capacity the offer needs before `gap` (which has demand left and got
   * nothing) receives one, in an optimal allocation whatever the tie-breaking: every extra unit
   * goes to the use that gains most, and `gap` is served once no other use gains as much as its
   * own score on the offer. Null when more than `limit` rounds of re-routing would be needed.
   */
  extraCapacityFor(offer: number, gap: number, limit = 200): number | null {
    const gaps = this.demand.length;
    const quantity = Int32Array.from(this.quantity);
    const received = Float64Array.from(this.demand, (_, g) => this.receivedWith(quantity, g));
    let extra = 0;
    for (let round = 0; round < limit; round += 1) {
      // Longest path (shortest with negated scores) from the offer holding one extra unit: give it
      // on a pair (gain), and at a gap with no demand left take a unit back from another of its
      // pairs (lose that score), whose offer then gives it on, and so on. The path ends at a gap
      // with demand left.
      const previous = new Int32Array(gaps + this.capacity.length).fill(-1);
      const distance = bellmanFord(gaps + this.capacity.length, gaps + offer, (node, relax) => {
        if (node >= gaps) {
          for (const pair of this.pairsOfOffer[node - gaps]) {
            const g = this.pairs.gap[pair];
            if (relax(g, -this.pairs.score[pair])) previous[g] = pair;
          }
        } else if (node !== gap && received[node] >= this.demand[node]) {
          for (const pair of this.pairsOfGap[node]) {
            const o = gaps + this.pairs.offer[pair];
            if (quantity[pair] > 0 && relax(o, this.pairs.score[pair])) previous[o] = pair;
          }
        }
      });
      if (distance[gap] === Infinity) return null;
      let end = -1;
      for (let g = 0; g < gaps; g += 1) {
        if (g === gap || received[g] >= this.demand[g] || distance[g] === Infinity) continue;
        if (end < 0 || distance[g] < distance[end]) end = g;
      }
      // `gap` wins the next unit once every other use gains strictly less than it would.
      if (end < 0 || distance[gap] < distance[end] - EPSILON) return extra + 1;
      // Otherwise push as many units along the other path as it carries (the end's demand left,
      // the units of each pair taken back): they go there first, whatever the tie-breaking.
      const path: { pair: number; sign: number }[] = [];
      let amount = this.demand[end] - received[end];
      for (let node = end; node !== gaps + offer;) {
        const pair = previous[node];
        if (node < gaps) {
          path.push({ pair, sign: 1 });
          node = gaps + this.pairs.offer[pair];
        } else {
          path.push({ pair, sign: -1 });
          amount = Math.min(amount, quantity[pair]);
          node = this.pairs.gap[pair];
        }
      }
      for (const { pair, sign } of path) quantity[pair] += sign * amount;
      received[end] += amount;
      extra += amount;
    }
    return null;
  }

  private receivedWith(quantity: Int32Array, gap: number): number {
    let total = 0;
    for (const pair of this.pairsOfGap[gap]) total += quantity[pair];
    return total;
  }
}

function groupBy(keys: Int32Array, length: number, groups: number): Int32Array[] {
  const counts = new Int32Array(groups);
  for (let index = 0; index < length; index += 1) counts[keys[index]] += 1;
  const lists = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(groups);
  for (let index = 0; index < length; index += 1) {
    const key = keys[index];
    lists[key][filled[key]++] = index;
  }
  return lists;
}

/**
 * Shortest distances from `source` (queue-based Bellman–Ford). `edges(node, relax)` offers each
 * edge out of a node; relax returns whether it shortened the target's distance. Throws
 * AllocationNotOptimalError on a negative cycle.
 */
function bellmanFord(
  nodes: number,
  source: number,
  edges: (node: number, relax: (target: number, weight: number) => boolean) => void,
): Float64Array {
  const distance = new Float64Array(nodes).fill(Infinity);
  const queued = new Uint8Array(nodes);
  const passes = new Int32Array(nodes);
  const queue: number[] = [source];
  distance[source] = 0;
  queued[source] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head];
    queued[node] = 0;
    const base = distance[node];
    edges(node, (target, weight) => {
      const next = base + weight;
      if (next >= distance[target] - EPSILON) return false;
      distance[target] = next;
      if (!queued[target]) {
        passes[target] += 1;
        if (passes[target] > nodes) {
          throw new AllocationNotOptimalError('The allocation is not optimal for this instance');
        }
        queued[target] = 1;
        queue.push(target);
      }
      return true;
    });
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
  return distance;
}
