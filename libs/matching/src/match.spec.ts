import fc from 'fast-check';

import { Category, Priority } from '@app/domain';

import { type MatchInstance } from './instance';
import { match } from './match';
import { isCandidatePair } from './rules';
import { gap, offer } from './test-fixtures';

describe('match: the optimal allocation', () => {
  it('gives scarce capacity to the better pair, not the first come', async () => {
    const instance: MatchInstance = {
      asOf: '2027-01-01',
      gaps: [
        gap({ id: 'low', priority: Priority.LOW, quantity: 10 }),
        gap({ id: 'critical', priority: Priority.CRITICAL, quantity: 10 }),
      ],
      offers: [offer({ capacity: 12 })],
    };
    const result = await match(instance);
    expect(result.allocations.map((a) => [a.gapId, a.quantity])).toEqual([
      ['critical', 10],
      ['low', 2],
    ]);
    expect(result.unmet).toEqual([{ gapId: 'low', quantity: 8 }]);
    expect(result.covered).toBe(12);
  });

  it('never proposes a pair that was declined, and serves the gap from another offer', async () => {
    const instance: MatchInstance = {
      asOf: '2027-01-01',
      gaps: [gap({ id: 'G', quantity: 10, declinedOffers: ['best'] })],
      offers: [
        offer({ id: 'best', capacity: 10 }),
        offer({ id: 'other', capacity: 10, capabilities: [] }),
      ],
    };
    const result = await match(instance);
    expect(result.allocations.map((a) => [a.gapId, a.offerId, a.quantity])).toEqual([
      ['G', 'other', 10],
    ]);
  });

  it('beats greedy where greedy is wrong: routes the flexible gap to the other offer', async () => {
    // Greedy would give A's best pair (to O1) all of O1, leaving B (which only O1 can serve) short.
    const instance: MatchInstance = {
      asOf: '2027-01-01',
      gaps: [
        gap({ id: 'A', priority: Priority.CRITICAL, quantity: 10, languages: ['en', 'fr'] }),
        gap({ id: 'B', priority: Priority.HIGH, quantity: 10, languages: ['fr'] }),
      ],
      offers: [
        offer({ id: 'O1', capacity: 10, languages: ['fr', 'en'] }),
        offer({ id: 'O2', capacity: 10, capabilities: [], languages: ['en'] }),
      ],
    };
    const result = await match(instance);
    expect(result.covered).toBe(20);
    expect(result.allocations.map((a) => `${a.gapId}→${a.offerId}:${a.quantity}`)).toEqual([
      'A→O2:10',
      'B→O1:10',
    ]);
  });

  it('respects a budget with integer quantities', async () => {
    const result = await match({
      asOf: '2027-01-01',
      gaps: [
        gap({ id: 'A', quantity: 10 }),
        gap({ id: 'B', quantity: 10, priority: Priority.CRITICAL }),
      ],
      offers: [offer({ capacity: 50, costPerUnit: 300, budget: 2000 })],
    });
    expect(result.covered).toBe(6); // 2000 / 300 = 6.67 → 6 units
    expect(result.allocations).toEqual([expect.objectContaining({ gapId: 'B', quantity: 6 })]);
  });

  it('gives each allocation its breakdown, and lists candidates only when asked', async () => {
    const instance: MatchInstance = {
      asOf: '2027-01-01',
      gaps: [gap({ id: 'A', quantity: 5 }), gap({ id: 'B', quantity: 5, languages: ['ar'] })],
      offers: [
        offer({ id: 'O1', capacity: 3 }),
        offer({ id: 'O2', capacity: 9, capabilities: [] }),
      ],
    };
    const full = await match(instance);
    expect(full.candidates.map((c) => `${c.gapId}/${c.offerId}`)).toEqual(['A/O1', 'A/O2']);
    for (const allocation of full.allocations) {
      const candidate = full.candidates.find(
        (c) => c.gapId === allocation.gapId && c.offerId === allocation.offerId,
      );
      expect(allocation.breakdown).toEqual(candidate!.breakdown);
      expect(allocation.score).toBe(candidate!.score);
    }
    const lean = await match(instance, { includeCandidates: false });
    expect(lean.candidates).toEqual([]);
    expect(lean.stats.candidatePairs).toBe(2);
    expect({ ...lean, candidates: full.candidates }).toEqual(full);
  });

  it('returns byte-identical output for the same instance, whatever the input order', async () => {
    const gaps = ['G3', 'G1', 'G2'].map((id, i) =>
      gap({ id, quantity: 5 + i, memberState: ['RWA', 'SEN', 'NPL'][i] }),
    );
    const offers = ['O2', 'O1'].map((id) => offer({ id, capacity: 7, languages: ['en', 'fr'] }));
    const first = JSON.stringify(await match({ asOf: '2027-01-01', gaps, offers }));
    const again = JSON.stringify(await match({ asOf: '2027-01-01', gaps, offers }));
    const shuffled = JSON.stringify(
      await match({ asOf: '2027-01-01', gaps: [...gaps].reverse(), offers: [...offers].reverse() }),
    );
    expect(again).toBe(first);
    expect(shuffled).toBe(first);
  });
});

/** Small random instances on one category, so that many pairs compete. */
const smallInstance = fc
  .record({
    gaps: fc.array(
      fc.record({
        quantity: fc.integer({ min: 1, max: 3 }),
        priority: fc.constantFrom(...Object.values(Priority)),
        memberState: fc.constantFrom('RWA', 'SEN', 'NPL', 'USA'),
        languages: fc.subarray(['en', 'fr'], { minLength: 1 }),
        capability: fc.constantFrom('CASEVAC', 'MEDEVAC'),
        start: fc.integer({ min: 0, max: 60 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    offers: fc.array(
      fc.record({
        capacity: fc.integer({ min: 1, max: 4 }),
        donor: fc.constantFrom('USA', 'FRA', 'KEN'),
        languages: fc.subarray(['en', 'fr'], { minLength: 1 }),
        capabilities: fc.subarray(['CASEVAC', 'MEDEVAC']),
        eligible: fc.constantFrom<string[]>([], ['002'], ['RWA', 'NPL']),
        cost: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        budget: fc.integer({ min: 1, max: 8 }),
        start: fc.integer({ min: 0, max: 90 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ gaps, offers }): MatchInstance => {
    const day = (offset: number) =>
      new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);
    return {
      asOf: '2027-01-01',
      gaps: gaps.map((g, i) => ({
        id: `G${i}`,
        memberState: g.memberState,
        category: Category.MEDICAL,
        capability: g.capability,
        quantity: g.quantity,
        priority: g.priority,
        languages: g.languages,
        neededFrom: day(g.start),
        neededBy: day(g.start + 30),
      })),
      offers: offers.map((o, i) => ({
        id: `O${i}`,
        donor: o.donor,
        category: Category.MEDICAL,
        capabilities: o.capabilities,
        capacity: o.capacity,
        languages: o.languages,
        eligible: o.eligible,
        excluded: [],
        availableFrom: day(o.start),
        availableTo: day(o.start + 40),
        costPerUnit: o.cost ?? null,
        budget: o.cost ? o.budget : null,
      })),
    };
  });

/** The best objective by trying every integer allocation (tiny instances only). */
function bruteForceOptimum(
  instance: MatchInstance,
  candidates: { gapId: string; offerId: string; score: number }[],
): number {
  const gaps = new Map(instance.gaps.map((g) => [g.id, g]));
  const offers = new Map(instance.offers.map((o) => [o.id, o]));
  let best = 0;
  const quantities = new Array<number>(candidates.length).fill(0);
  const search = (index: number) => {
    if (index === candidates.length) {
      const used = new Map<string, number>();
      let value = 0;
      candidates.forEach((c, i) => {
        used.set(c.gapId, (used.get(c.gapId) ?? 0) + quantities[i]);
        used.set(c.offerId, (used.get(c.offerId) ?? 0) + quantities[i]);
        used.set(
          `$${c.offerId}`,
          (used.get(`$${c.offerId}`) ?? 0) +
            quantities[i] * (offers.get(c.offerId)!.costPerUnit ?? 0),
        );
        value += c.score * quantities[i];
      });
      const feasible =
        [...gaps.values()].every((g) => (used.get(g.id) ?? 0) <= g.quantity) &&
        [...offers.values()].every(
          (o) =>
            (used.get(o.id) ?? 0) <= o.capacity &&
            (o.budget == null || (used.get(`$${o.id}`) ?? 0) <= o.budget),
        );
      if (feasible) best = Math.max(best, value);
      return;
    }
    const c = candidates[index];
    const limit = Math.min(gaps.get(c.gapId)!.quantity, offers.get(c.offerId)!.capacity);
    for (let q = 0; q <= limit; q += 1) {
      quantities[index] = q;
      search(index + 1);
    }
  };
  search(0);
  return best;
}

describe('match: properties on random instances', () => {
  it('never breaks a hard rule, demand, capacity or budget; objective is Σ score·quantity and optimal', async () => {
    await fc.assert(
      fc.asyncProperty(smallInstance, async (instance) => {
        const result = await match(instance);
        const gaps = new Map(instance.gaps.map((g) => [g.id, g]));
        const offers = new Map(instance.offers.map((o) => [o.id, o]));
        const perGap = new Map<string, number>();
        const perOffer = new Map<string, number>();
        const spent = new Map<string, number>();
        let objective = 0;
        for (const a of result.allocations) {
          const g = gaps.get(a.gapId)!;
          const o = offers.get(a.offerId)!;
          expect(isCandidatePair(o, g)).toBe(true);
          expect(Number.isInteger(a.quantity) && a.quantity > 0).toBe(true);
          perGap.set(g.id, (perGap.get(g.id) ?? 0) + a.quantity);
          perOffer.set(o.id, (perOffer.get(o.id) ?? 0) + a.quantity);
          spent.set(o.id, (spent.get(o.id) ?? 0) + a.quantity * (o.costPerUnit ?? 0));
          objective += a.score * a.quantity;
        }
        for (const g of instance.gaps)
          expect(perGap.get(g.id) ?? 0).toBeLessThanOrEqual(g.quantity);
        for (const o of instance.offers) {
          expect(perOffer.get(o.id) ?? 0).toBeLessThanOrEqual(o.capacity);
          if (o.budget != null) expect(spent.get(o.id) ?? 0).toBeLessThanOrEqual(o.budget);
        }
        expect(result.objective).toBeCloseTo(objective, 6);
        // Every candidate pair passes the rules, and every pair passing the rules is a candidate.
        const candidateKeys = new Set(result.candidates.map((c) => `${c.gapId}/${c.offerId}`));
        for (const g of instance.gaps) {
          for (const o of instance.offers) {
            expect(candidateKeys.has(`${g.id}/${o.id}`)).toBe(isCandidatePair(o, g));
          }
        }
        expect(result.objective).toBeCloseTo(bruteForceOptimum(instance, result.candidates), 6);
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });
});
