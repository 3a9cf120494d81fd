/**
 * Splits the bipartite candidate graph (gaps and offers joined by candidate pairs) into connected
 * components. Each is an independent sub-problem: no constraint spans two of them, so solving them
 * separately gives exactly the optimum of the whole.
 */
export function connectedComponents(
  pairs: readonly { gap: number; offer: number }[],
  gapCount: number,
): number[][] {
  // Union-find over gap nodes [0, gapCount) and offer nodes [gapCount, …).
  const parent = new Map<number, number>();
  const find = (node: number): number => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let current = node;
    while (current !== root) {
      const next = parent.get(current) ?? root;
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  for (const pair of pairs) {
    const a = find(pair.gap);
    const b = find(gapCount + pair.offer);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    if (!parent.has(Math.min(a, b))) parent.set(Math.min(a, b), Math.min(a, b));
  }
  const groups = new Map<number, number[]>();
  pairs.forEach((pair, index) => {
    const root = find(pair.gap);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  // Components in order of their first pair, pairs in input order: deterministic.
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}
