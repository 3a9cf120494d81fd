import { type Highs } from 'highs';

import { Category, DeliveryMode, Priority } from '@app/domain';

import { generateInstance } from '../../bench/generate-instance';
import { allocate, effectiveCapacity } from '../allocate';
import { buildCandidates, type CandidatePairs } from '../candidates';
import { type MatchGap, type MatchInstance, type MatchOffer } from '../instance';
import { byId, match } from '../match';
import { pairContext } from '../partition';
import { type MatchResult } from '../result';
import { HARD_RULES, isCandidatePair } from '../rules';
import { loadHighs } from '../solver';
import { resolveWeights } from '../weights';
import { applyChange, diagnoseGap, diagnoseOffer } from './diagnostics';

/** The engine's own candidate pairs and optimum for a one-category instance, to re-solve variants. */
function engineProblem(instance: MatchInstance) {
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const context = pairContext({
    asOf: instance.asOf,
    weights: resolveWeights(instance.weights),
    partnerships: instance.partnerships ?? [],
  });
  return { gaps, offers, pairs: buildCandidates(gaps, offers, context) };
}

function objective(pairs: CandidatePairs, quantities: Int32Array): number {
  let total = 0;
  for (let index = 0; index < pairs.length; index += 1)
    total += pairs.score[index] * quantities[index];
  return total;
}

function unitsOfGap(pairs: CandidatePairs, quantities: Int32Array, gap: number): number {
  let total = 0;
  for (let index = 0; index < pairs.length; index += 1)
    if (pairs.gap[index] === gap) total += quantities[index];
  return total;
}

/** The offer with exactly `units` of effective capacity (no budget). */
function withCapacity(offer: MatchOffer, units: number): MatchOffer {
  return { ...offer, capacity: units, costPerUnit: null, budget: null };
}

/** Instances where pairs compete: one category, more demand than capacity. */
const INSTANCES: { name: string; instance: MatchInstance }[] = [
  [1, Category.MEDICAL, 80, 14],
  [2, Category.ENGINEERING, 60, 20],
  [3, Category.POC_TRAINING, 120, 12],
  [4, Category.LOGISTICS, 150, 12],
].map(([seed, category, gaps, offers]) => ({
  name: `seed ${seed}, ${gaps} gaps × ${offers} offers of ${category}`,
  instance: generateInstance(gaps as number, offers as number, seed as number, {
    categories: [category as Category],
  }),
}));

describe('match diagnostics', () => {
  let highs: Highs;
  const results = new Map<string, MatchResult>();

  beforeAll(async () => {
    highs = await loadHighs();
    for (const { name, instance } of INSTANCES) results.set(name, await match(instance));
  });

  describe.each(INSTANCES)('agree with the engine on $name', ({ name, instance }) => {
    it('names, for every pair that is not a candidate, a rule that fails after all earlier rules hold', () => {
      const result = results.get(name)!;
      const candidates = new Set(result.candidates.map((c) => `${c.gapId}/${c.offerId}`));
      let notCandidates = 0;
      for (const gap of instance.gaps) {
        const diagnosis = diagnoseGap(instance, result.allocations, gap.id)!;
        expect(diagnosis.consistent).toBe(true);
        expect(diagnosis.offers).toHaveLength(instance.offers.length);
        for (const verdict of diagnosis.offers) {
          const offer = instance.offers.find((o) => o.id === verdict.offerId)!;
          const isCandidate = candidates.has(`${gap.id}/${offer.id}`);
          expect(verdict.outcome === 'NOT_CANDIDATE').toBe(!isCandidate);
          if (isCandidate) continue;
          notCandidates += 1;
          const position = HARD_RULES.findIndex((rule) => rule.code === verdict.rule);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(HARD_RULES[position].holds(offer, gap)).toBe(false);
          for (const earlier of HARD_RULES.slice(0, position))
            expect(earlier.holds(offer, gap)).toBe(true);
          expect(verdict.explanation).not.toBe('');
        }
        const allocated = result.allocations
          .filter((a) => a.gapId === gap.id)
          .reduce((total, a) => total + a.quantity, 0);
        expect(diagnosis.allocated).toBe(allocated);
      }
      expect(notCandidates).toBeGreaterThan(0);
    });

    it('shows every candidate that gave a gap with demand left nothing beaten by the optimal allocation, and its stated score needed and extra capacity hold when re-solved', () => {
      const result = results.get(name)!;
      const { gaps, offers, pairs } = engineProblem(instance);
      let checked = 0;
      for (const gap of gaps) {
        const diagnosis = diagnoseGap(instance, result.allocations, gap.id)!;
        for (const verdict of diagnosis.offers.filter((v) => v.outcome === 'OUTBID')) {
          const o = offers.findIndex((offer) => offer.id === verdict.offerId);
          const g = gaps.indexOf(gap);
          const pair = Array.from(pairs.gap).findIndex(
            (pg, index) => pg === g && pairs.offer[index] === o,
          );
          const own = verdict.score!;
          expect(diagnosis.unmet).toBeGreaterThan(0);
          // Beaten: the offer's usable units are all taken, each by a pair scoring at least as much.
          const taken = verdict.competition.reduce((total, c) => total + c.quantity, 0);
          expect(taken).toBe(effectiveCapacity(offers[o]));
          for (const competitor of verdict.competition)
            expect(competitor.score).toBeGreaterThanOrEqual(own - 1e-9);
          if (effectiveCapacity(offers[o]) === 0) continue;
          const needed = verdict.scoreNeeded!;
          expect(needed).toBeGreaterThanOrEqual(own - 1e-9);
          expect(needed).toBeLessThanOrEqual(Math.min(...verdict.competition.map((c) => c.score)));
          if (checked >= 12) continue;
          checked += 1;
          // Above the score needed the gap gets units of the offer; below it, none.
          const rescored = (value: number) => {
            const score = Float64Array.from(pairs.score);
            score[pair] = value;
            return allocate(highs, { ...pairs, score }, gaps, offers).quantities[pair];
          };
          expect(rescored(needed + 1e-4)).toBeGreaterThan(0);
          if (needed > 1e-3) expect(rescored(needed - 1e-4)).toBe(0);
          // With the extra capacity stated, every optimum serves the gap; with one unit less, an
          // optimum without it exists.
          const extra = verdict.extraCapacityNeeded!;
          expect(extra).toBeGreaterThan(0);
          const widened = (units: number) =>
            offers.map((offer, index) =>
              index === o ? withCapacity(offer, effectiveCapacity(offer) + units) : offer,
            );
          const more = allocate(highs, pairs, gaps, widened(extra)).quantities;
          expect(unitsOfGap(pairs, more, g)).toBeGreaterThan(0);
          const fewer = widened(extra - 1);
          const best = objective(pairs, allocate(highs, pairs, gaps, fewer).quantities);
          const withoutGap = gaps.map((other, index) =>
            index === g ? { ...other, quantity: 0 } : other,
          );
          const bestWithout = objective(
            pairs,
            allocate(highs, pairs, withoutGap, fewer).quantities,
          );
          expect(Math.abs(bestWithout - best)).toBeLessThan(1e-9);
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it('lists near misses that become candidates with the stated change, and only gaps with demand left', () => {
      const result = results.get(name)!;
      const unmet = new Map(result.unmet.map((u) => [u.gapId, u.quantity]));
      let nearMisses = 0;
      for (const offer of instance.offers) {
        const diagnosis = diagnoseOffer(instance, result.allocations, offer.id)!;
        expect(diagnosis.consistent).toBe(true);
        for (const miss of diagnosis.nearMisses) {
          nearMisses += 1;
          const gap = instance.gaps.find((g) => g.id === miss.gapId)!;
          expect(isCandidatePair(offer, gap)).toBe(false);
          expect(HARD_RULES.filter((rule) => !rule.holds(offer, gap)).map((r) => r.code)).toEqual([
            miss.rule,
          ]);
          expect(isCandidatePair(applyChange(offer, miss.change), gap)).toBe(true);
          expect(miss.demand).toBe(unmet.get(gap.id));
        }
        const counted = diagnosis.notCandidates.reduce((total, count) => total + count.gaps, 0);
        const candidates = result.candidates.filter((c) => c.offerId === offer.id).length;
        expect(counted + candidates).toBe(instance.gaps.length);
        expect(diagnosis.allocated).toBe(
          result.allocations
            .filter((a) => a.offerId === offer.id)
            .reduce((total, a) => total + a.quantity, 0),
        );
      }
      expect(nearMisses).toBeGreaterThan(0);
    });
  });

  it('says when the allocation given is not optimal for the instance (data changed since the run)', async () => {
    const { instance } = INSTANCES[0];
    const result = results.get(INSTANCES[0].name)!;
    // Move the units of the best-scoring allocation to the worst candidate of its offer that has
    // demand left: feasible, but no longer optimal.
    const best = [...result.allocations].sort((a, b) => b.score - a.score)[0];
    const worse = result.candidates
      .filter((c) => c.offerId === best.offerId && c.score < best.score - 0.01)
      .find((c) => result.unmet.some((u) => u.gapId === c.gapId && u.quantity >= best.quantity));
    expect(worse).toBeDefined();
    const moved = result.allocations.map((a) => (a === best ? { ...a, gapId: worse!.gapId } : a));
    const diagnosis = diagnoseGap(instance, moved, best.gapId)!;
    expect(diagnosis.consistent).toBe(false);
    expect(diagnosis.problems.join(' ')).toMatch(/not an optimal one/);
    await expect(match(instance)).resolves.toEqual(result);
  });

  it('reports allocations of gaps or offers no longer in the instance', () => {
    const { instance } = INSTANCES[0];
    const result = results.get(INSTANCES[0].name)!;
    const [first] = result.allocations;
    const smaller = { ...instance, offers: instance.offers.filter((o) => o.id !== first.offerId) };
    const diagnosis = diagnoseGap(smaller, result.allocations, first.gapId)!;
    expect(diagnosis.consistent).toBe(false);
    expect(diagnosis.problems.join(' ')).toMatch(first.offerId);
  });

  describe('the README example: RWA, MINUSCA, CASEVAC, 40 trainees, French or English', () => {
    // The MEDICAL gaps and offers of the demo data as seeded on 2026-12-06 (no partnership yet),
    // plus the gap the README logs.
    const readmeGap: MatchGap = {
      id: 'README-GAP',
      memberState: 'RWA',
      mission: 'MINUSCA',
      category: Category.MEDICAL,
      capability: 'CASEVAC',
      quantity: 40,
      priority: Priority.HIGH,
      languages: ['fr', 'en'],
      neededFrom: '2027-01-15',
      neededBy: '2027-06-30',
    };
    const demoGap = (
      id: string,
      memberState: string,
      capability: string,
      quantity: number,
      priority: Priority,
      languages: string[],
      neededFrom: string,
      neededBy: string,
      deliveryModes: MatchGap['deliveryModes'],
    ): MatchGap => ({
      id,
      memberState,
      category: Category.MEDICAL,
      capability,
      quantity,
      priority,
      languages,
      neededFrom,
      neededBy,
      deliveryModes,
    });
    const instance: MatchInstance = {
      asOf: '2026-12-06',
      gaps: [
        readmeGap,
        demoGap(
          'GAP-RWA-CASEVAC',
          'RWA',
          'CASEVAC',
          60,
          Priority.HIGH,
          ['en', 'fr'],
          '2026-12-26',
          '2027-06-24',
          [DeliveryMode.IN_COUNTRY, DeliveryMode.MOBILE_TEAM],
        ),
        demoGap(
          'GAP-GHA-COMBAT-LIFESAVER',
          'GHA',
          'COMBAT_LIFESAVER',
          120,
          Priority.HIGH,
          ['en'],
          '2027-01-05',
          '2027-08-03',
          [DeliveryMode.IN_COUNTRY, DeliveryMode.MOBILE_TEAM],
        ),
        demoGap(
          'GAP-CMR-COMBAT-LIFESAVER',
          'CMR',
          'COMBAT_LIFESAVER',
          80,
          Priority.HIGH,
          ['fr', 'en'],
          '2027-01-20',
          '2027-08-23',
          [DeliveryMode.REGIONAL_TRAINING_CENTRE, DeliveryMode.MOBILE_TEAM],
        ),
        demoGap(
          'GAP-SEN-FIELD-MEDICAL-ASSISTANT',
          'SEN',
          'FIELD_MEDICAL_ASSISTANT',
          24,
          Priority.MEDIUM,
          ['fr'],
          '2027-02-04',
          '2027-10-02',
          [DeliveryMode.REGIONAL_TRAINING_CENTRE],
        ),
        demoGap(
          'GAP-BGD-LEVEL-2-HOSPITAL',
          'BGD',
          'LEVEL_2_HOSPITAL',
          16,
          Priority.CRITICAL,
          ['en'],
          '2027-01-05',
          '2027-06-04',
          [DeliveryMode.DONOR_COUNTRY, DeliveryMode.IN_COUNTRY],
        ),
        demoGap(
          'GAP-ZMB-BUDDY-FIRST-AID',
          'ZMB',
          'BUDDY_FIRST_AID',
          150,
          Priority.MEDIUM,
          ['en'],
          '2026-12-06',
          '2027-05-05',
          [DeliveryMode.IN_COUNTRY, DeliveryMode.MOBILE_TEAM],
        ),
      ],
      offers: [
        {
          id: 'OFFER-USA-MEDICAL',
          donor: 'USA',
          category: Category.MEDICAL,
          capabilities: [
            'COMBAT_LIFESAVER',
            'BUDDY_FIRST_AID',
            'FIELD_MEDICAL_ASSISTANT',
            'CASEVAC',
          ],
          capacity: 300,
          languages: ['en'],
          eligible: ['002', '034'],
          excluded: [],
          availableFrom: '2026-12-20',
          availableTo: '2027-11-01',
          deliveryModes: [
            DeliveryMode.IN_COUNTRY,
            DeliveryMode.MOBILE_TEAM,
            DeliveryMode.REGIONAL_TRAINING_CENTRE,
          ],
        },
        {
          id: 'OFFER-FRA-MEDICAL',
          donor: 'FRA',
          category: Category.MEDICAL,
          capabilities: [
            'COMBAT_LIFESAVER',
            'CASEVAC',
            'FIELD_MEDICAL_ASSISTANT',
            'LEVEL_1_HOSPITAL',
          ],
          capacity: 90,
          languages: ['fr'],
          eligible: ['011', '017'],
          excluded: [],
          availableFrom: '2027-01-05',
          availableTo: '2027-09-02',
          costPerUnit: 2500,
          budget: 180000,
          deliveryModes: [DeliveryMode.REGIONAL_TRAINING_CENTRE, DeliveryMode.MOBILE_TEAM],
        },
      ],
    };

    it('explains in words why the gap gets nothing and what would change it', async () => {
      const result = await match(instance);
      const diagnosis = diagnoseGap(instance, result.allocations, 'README-GAP')!;
      expect(diagnosis).toMatchObject({ demand: 40, allocated: 0, unmet: 40, consistent: true });
      const [france, usa] = diagnosis.offers;
      expect(france).toMatchObject({
        offerId: 'OFFER-FRA-MEDICAL',
        outcome: 'NOT_CANDIDATE',
        rule: 'ELIGIBILITY',
      });
      expect(france.explanation).toBe(
        'The offer is open only to Western Africa (011) or Middle Africa (017); Rwanda (RWA) is in Eastern Africa (014), Sub-Saharan Africa (202) and Africa (002).',
      );
      expect(usa).toMatchObject({
        offerId: 'OFFER-USA-MEDICAL',
        outcome: 'OUTBID',
        score: 0.628694,
        scoreNeeded: 0.641269,
        extraCapacityNeeded: 39,
      });
      expect(usa.competition.map((c) => [c.gapId, c.quantity, c.score])).toEqual([
        ['GAP-RWA-CASEVAC', 60, 0.681381],
        ['GAP-GHA-COMBAT-LIFESAVER', 120, 0.66347],
        ['GAP-CMR-COMBAT-LIFESAVER', 8, 0.654515],
        ['GAP-ZMB-BUDDY-FIRST-AID', 112, 0.641269],
      ]);
      expect(usa.scoreChanges[0]).toMatchObject({ criterion: 'deliveryMode', score: 0.678694 });
      expect(usa.explanation).toContain('with a score above 0.641269');
      expect(diagnosis.summary).toBe(
        "Nothing was proposed for this gap's 40 units. 2 open offers are in MEDICAL. 1 could serve it but gave their units to gaps that score higher on them. Not candidates: 1 by eligibility.",
      );
      // The stated change works: with a preferred delivery mode the offer has, the gap is served.
      const preferring = {
        ...instance,
        gaps: instance.gaps.map((g) =>
          g.id === 'README-GAP' ? { ...g, deliveryModes: [DeliveryMode.IN_COUNTRY] } : g,
        ),
      };
      const again = await match(preferring);
      expect(again.allocations.find((a) => a.gapId === 'README-GAP')?.quantity).toBe(40);
    });

    it("shows France's offer the gap as a near miss: opening it to Rwanda", async () => {
      const result = await match(instance);
      const diagnosis = diagnoseOffer(instance, result.allocations, 'OFFER-FRA-MEDICAL')!;
      expect(diagnosis).toMatchObject({ capacity: 72, allocated: 72, unused: 0 });
      expect(
        diagnosis.nearMisses.map((m) => [m.gapId, m.rule, m.change.addEligible, m.demand]),
      ).toEqual([['README-GAP', 'ELIGIBILITY', 'RWA', 40]]);
    });
  });
});
