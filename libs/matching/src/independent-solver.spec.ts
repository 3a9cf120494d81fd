import fc from 'fast-check';

import { Category } from '@app/domain';

import { generateInstance } from '../bench/generate-instance';
import { type MatchInstance } from './instance';
import { match } from './match';
import { isCandidatePair } from './rules';
import { partnershipIndex, scorePair } from './score';
import { loadHighs } from './solver';
import { resolveWeights } from './weights';

/**
 * The optimum of the DESIGN.md model written out directly, sharing nothing with the engine's
 * allocation path: every gap × offer pair tested by the rules (no index, no components), budget
 * rows as Σ cost·x ≤ budget (not the engine's capacity bound), integer variables throughout, one
 * MIP in CPLEX LP text solved by branch and bound with a zero gap.
 */
async function independentOptimum(instance: MatchInstance): Promise<number> {
  const context = {
    asOf: instance.asOf,
    weights: resolveWeights(instance.weights),
    partnerships: partnershipIndex(instance.partnerships ?? []),
  };
  const columns: { gap: number; offer: number; score: number }[] = [];
  instance.gaps.forEach((gap, g) =>
    instance.offers.forEach((offer, o) => {
      if (isCandidatePair(offer, gap)) {
        columns.push({ gap: g, offer: o, score: scorePair(offer, gap, context).score });
      }
    }),
  );
  if (columns.length === 0) return 0;
  const sum = (filter: (c: (typeof columns)[number]) => boolean, factor = 1) =>
    columns
      .map((c, i) => (filter(c) ? `${factor} x${i}` : ''))
      .filter(Boolean)
      .join(' + ');
  const rows: string[] = [];
  instance.gaps.forEach((gap, g) => {
    const terms = sum((c) => c.gap === g);
    if (terms) rows.push(` g${g}: ${terms} <= ${gap.quantity}`);
  });
  instance.offers.forEach((offer, o) => {
    const terms = sum((c) => c.offer === o);
    if (!terms) return;
    rows.push(` o${o}: ${terms} <= ${offer.capacity}`);
    if (offer.budget != null && offer.costPerUnit != null) {
      rows.push(` b${o}: ${sum((c) => c.offer === o, offer.costPerUnit)} <= ${offer.budget}`);
    }
  });
  const lp = [
    'Maximize',
    ` value: ${columns.map((c, i) => `${c.score} x${i}`).join(' + ')}`,
    'Subject To',
    ...rows,
    'General',
    ` ${columns.map((_, i) => `x${i}`).join(' ')}`,
    'End',
  ].join('\n');
  const highs = await loadHighs();
  const solution = highs.solve(lp, { mip_rel_gap: 0, mip_abs_gap: 0, output_flag: false });
  expect(solution.Status).toBe('Optimal');
  return solution.ObjectiveValue;
}

describe('match against an independent MIP formulation', () => {
  it('reaches the same optimum on random one-category instances with budgets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(Category.MEDICAL, Category.TECHNOLOGY, Category.LEADERSHIP),
        async (seed, category) => {
          const instance = generateInstance(120, 30, seed, { categories: [category] });
          const result = await match(instance);
          // Some pairs compete for the same offers, or the comparison would prove little.
          expect(result.stats.candidatePairs).toBeGreaterThan(result.stats.gaps / 4);
          expect(result.objective).toBeCloseTo(await independentOptimum(instance), 5);
        },
      ),
      { numRuns: 25, seed: 20261125 },
    );
  }, 60_000);
});
