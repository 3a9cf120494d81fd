import { type CandidatePairs } from './candidates';

/**
 * Splits the bipartite candidate graph (gaps and offers joined by candidate pairs) into connected
 * components. Each is an independent sub-problem: no constraint spans two of them, so solving them
 * separately gives exactly the optimum of the whole. Components come in the order of their first
 * pair, pairs in input order: deterministic.
 */
export function connectedComponents(
  pairs: CandidatePairs,
  gapCount: number,
  offerCount: number,
): Int32Array[] {
  // Union-find over gap nodes [0, gapCount) and offer nodes [gapCount, gapCount + offerCount).
  const parent = new Int32Array(gapCount + offerCount).map((_, node) => node);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root];
    while (parent[node] !== root) {
      const next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  };
  for (let index = 0; index < pairs.length; index += 1) {
    const a = find(pairs.gap[index]);
    const b = find(gapCount + pairs.offer[index]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const sizes = new Map<number, number>();
  const rootOf = new Int32Array(pairs.length);
  for (let index = 0; index < pairs.length; index += 1) {
    const root = find(pairs.gap[index]);
    rootOf[index] = root;
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  const groups = new Map<number, { members: Int32Array; filled: number }>();
  for (const [root, size] of sizes) groups.set(root, { members: new Int32Array(size), filled: 0 });
  for (let index = 0; index < pairs.length; index += 1) {
    const group = groups.get(rootOf[index])!;
    group.members[group.filled] = index;
    group.filled += 1;
  }
  return [...groups.values()].map((group) => group.members).sort((a, b) => a[0] - b[0]);
}
