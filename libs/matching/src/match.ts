import { allocate } from './allocate';
import { buildCandidates } from './candidates';
import { type MatchInstance } from './instance';
import { type MatchResult } from './result';
import { explainPair, partnershipKey, scorePair } from './score';
import { loadHighs } from './solver';
import { resolveWeights } from './weights';

export type ProgressListener = (
  phase: 'candidates' | 'allocation' | 'done',
  percent: number,
) => void;

export interface MatchOptions {
  onProgress?: ProgressListener;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Proposes which offer serves which gap and how much: every candidate pair with its score, and the
 * allocation maximising Σ score·quantity. Inputs are put in canonical order (by id) first, so the
 * same instance always gives the same result, whatever the order it came in.
 */
export async function match(
  instance: MatchInstance,
  options: MatchOptions = {},
): Promise<MatchResult> {
  const progress = options.onProgress ?? (() => undefined);
  const highs = await loadHighs();
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const context = {
    asOf: instance.asOf,
    weights: resolveWeights(instance.weights),
    partnerships: new Set(
      (instance.partnerships ?? []).map((p) => partnershipKey(p.donor, p.memberState)),
    ),
  };

  const pairs = buildCandidates(gaps, offers, context, (done, total) =>
    progress('candidates', Math.round((100 * done) / total)),
  );
  const outcome = allocate(highs, pairs, gaps, offers, (done, total) =>
    progress('allocation', Math.round((100 * done) / total)),
  );

  const allocated = new Float64Array(gaps.length);
  let objective = 0;
  let covered = 0;
  const allocations = [];
  const candidates = [];
  for (let index = 0; index < pairs.length; index += 1) {
    const gap = gaps[pairs.gap[index]];
    const offer = offers[pairs.offer[index]];
    const { score, breakdown } = scorePair(offer, gap, context);
    candidates.push({ gapId: gap.id, offerId: offer.id, score, breakdown });
    const quantity = outcome.quantities[index];
    if (quantity === 0) continue;
    allocated[pairs.gap[index]] += quantity;
    objective += score * quantity;
    covered += quantity;
    allocations.push({
      gapId: gap.id,
      offerId: offer.id,
      quantity,
      score,
      explanation: explainPair(offer, gap, context),
    });
  }
  const unmet = gaps
    .map((gap, index) => ({ gapId: gap.id, quantity: gap.quantity - allocated[index] }))
    .filter((entry) => entry.quantity > 0);
  progress('done', 100);

  return {
    candidates: candidates.map(({ gapId, offerId, score, breakdown }) => ({
      gapId,
      offerId,
      score,
      breakdown,
    })),
    allocations,
    objective: round(objective),
    covered,
    unmet,
    stats: {
      gaps: gaps.length,
      offers: offers.length,
      candidatePairs: pairs.length,
      subproblems: outcome.subproblems,
      solvedByHighs: outcome.solvedByHighs,
      integerSubproblems: outcome.integerSubproblems,
      demand: gaps.reduce((sum, gap) => sum + gap.quantity, 0),
      solver: `HiGHS ${highs.version.string}`,
    },
  };
}
