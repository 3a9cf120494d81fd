import { Priority } from '@app/domain';

import { effectiveCapacity } from '../allocate';
import { buildCandidates, type CandidatePairs } from '../candidates';
import { type MatchGap, type MatchInstance, type MatchOffer } from '../instance';
import { byId } from '../match';
import { pairContext } from '../partition';
import { type Allocation } from '../result';
import { firstFailedRule, HARD_RULES, type HardRule } from '../rules';
import { type PairContext, scorePair } from '../score';
import { type Criterion, resolveWeights } from '../weights';
import {
  type Competitor,
  type GapDiagnostics,
  type NearMiss,
  type OfferChange,
  type OfferDiagnostics,
  type OfferVerdict,
  type ScoreChange,
} from './diagnostics.types';
import { AllocationNotOptimalError, ResidualGraph } from './residual-graph';
import { andList, explainRule, languageNames, score, stateName } from './words';

/** The units of an allocation the diagnostics need; a run's stored proposals carry these. */
export type AllocatedUnits = Pick<Allocation, 'gapId' | 'offerId' | 'quantity'>;

/**
 * One category of an instance with a run's allocation on it: the candidate pairs as the engine
 * builds them (buildCandidates, the same rules and scores), the units allocated on each, and the
 * residual graph. Categories share no pair, so one category is all a diagnosis needs.
 */
class CategoryView {
  readonly gaps: MatchGap[];
  readonly offers: MatchOffer[];
  readonly context: PairContext;
  readonly pairs: CandidatePairs;
  readonly quantity: Int32Array;
  readonly graph: ResidualGraph;
  readonly problems: string[] = [];
  private readonly gapPosition: Map<string, number>;
  private readonly offerPosition: Map<string, number>;
  private readonly pairIndex = new Map<number, number>();

  constructor(instance: MatchInstance, allocations: readonly AllocatedUnits[], category: string) {
    this.gaps = instance.gaps.filter((gap) => gap.category === category).sort(byId);
    this.offers = instance.offers.filter((offer) => offer.category === category).sort(byId);
    this.gapPosition = new Map(this.gaps.map((gap, position) => [gap.id, position]));
    this.offerPosition = new Map(this.offers.map((offer, position) => [offer.id, position]));
    this.context = pairContext({
      asOf: instance.asOf,
      weights: resolveWeights(instance.weights),
      partnerships: instance.partnerships ?? [],
    });
    this.pairs = buildCandidates(this.gaps, this.offers, this.context);
    for (let index = 0; index < this.pairs.length; index += 1) {
      this.pairIndex.set(this.key(this.pairs.gap[index], this.pairs.offer[index]), index);
    }
    this.quantity = new Int32Array(this.pairs.length);
    for (const allocation of allocations) {
      if (allocation.quantity <= 0) continue;
      const gap = this.gapPosition.get(allocation.gapId);
      const offer = this.offerPosition.get(allocation.offerId);
      if (gap === undefined || offer === undefined) {
        if (gap !== undefined || offer !== undefined)
          this.problems.push(
            `The run allocated ${allocation.quantity} units of offer ${allocation.offerId} to gap ${allocation.gapId}, which is no longer open or no longer in this category.`,
          );
        continue;
      }
      const index = this.pairIndex.get(this.key(gap, offer));
      if (index === undefined) {
        this.problems.push(
          `The run allocated units of offer ${allocation.offerId} to gap ${allocation.gapId}, which are no longer a candidate pair.`,
        );
        continue;
      }
      this.quantity[index] += allocation.quantity;
    }
    this.graph = new ResidualGraph(
      this.pairs,
      this.quantity,
      this.gaps.map((gap) => gap.quantity),
      this.offers.map((offer) => effectiveCapacity(offer)),
    );
    this.gaps.forEach((gap, position) => {
      const received = this.graph.received(position);
      if (received > gap.quantity)
        this.problems.push(
          `Gap ${gap.id} was allocated ${received} units but has ${gap.quantity} left.`,
        );
    });
    this.offers.forEach((offer, position) => {
      const given = this.graph.given(position);
      if (given > effectiveCapacity(offer))
        this.problems.push(
          `Offer ${offer.id} was allocated ${given} units but has ${effectiveCapacity(offer)} left.`,
        );
    });
    if (this.problems.length === 0) this.ask(() => this.graph.assertOptimal());
  }

  private key(gap: number, offer: number): number {
    return gap * this.offers.length + offer;
  }

  gapAt(id: string): number | undefined {
    return this.gapPosition.get(id);
  }

  offerAt(id: string): number | undefined {
    return this.offerPosition.get(id);
  }

  pairOf(gap: number, offer: number): number | undefined {
    return this.pairIndex.get(this.key(gap, offer));
  }

  competitors(offer: number): Competitor[] {
    return this.graph
      .allocationsOf(offer)
      .map((pair) => {
        const gap = this.gaps[this.pairs.gap[pair]];
        return {
          gapId: gap.id,
          memberState: gap.memberState,
          quantity: this.quantity[pair],
          score: this.pairs.score[pair],
        };
      })
      .sort((a, b) => b.score - a.score || (a.gapId < b.gapId ? -1 : 1));
  }

  /** Runs a residual-graph question; a negative cycle marks the allocation as not optimal. */
  ask<T>(question: () => T): T | null {
    try {
      return question();
    } catch (error) {
      if (!(error instanceof AllocationNotOptimalError)) throw error;
      const problem =
        'The allocation is not an optimal one for the current data (gaps or offers changed since the run): a new run will differ.';
      if (!this.problems.includes(problem)) this.problems.push(problem);
      return null;
    }
  }
}

const CHANGE_WORDS: Record<Criterion, (offer: MatchOffer, gap: MatchGap) => string> = {
  priority: () => 'CRITICAL priority',
  urgency: () => 'a need within 30 days',
  capability: (_, gap) => `an offer listing ${gap.capability} itself`,
  language: (_, gap) => `delivery in an official language of ${stateName(gap.memberState)}`,
  region: (offer) => `a donor in the same sub-region (${stateName(offer.donor)} is not)`,
  partnership: (offer, gap) =>
    `an existing ${gap.memberState}–${offer.donor} partnership (one confirmed and running)`,
  deliveryMode: (offer) =>
    offer.deliveryModes && offer.deliveryModes.length > 0
      ? `a preferred delivery mode the offer has (${andList(offer.deliveryModes)})`
      : 'a delivery mode both state',
};

/** The pair's score with one criterion at its best, for each criterion that alone would lift it above `needed`. */
function scoreChanges(
  offer: MatchOffer,
  gap: MatchGap,
  context: PairContext,
  needed: number,
): ScoreChange[] {
  const { breakdown } = scorePair(offer, gap, context);
  const changes: ScoreChange[] = [];
  for (const criterion of Object.keys(breakdown) as Criterion[]) {
    if (breakdown[criterion] >= 1) continue;
    const better = rescore(context, { ...breakdown, [criterion]: 1 });
    if (better > needed + 1e-9) {
      changes.push({
        criterion,
        score: better,
        explanation: CHANGE_WORDS[criterion](offer, gap),
      });
    }
  }
  return changes.sort((a, b) => a.score - b.score);
}

/** scorePair's weighted mean for a breakdown (same weights, same rounding). */
function rescore(context: PairContext, breakdown: Record<Criterion, number>): number {
  let weighted = 0;
  let total = 0;
  for (const criterion of Object.keys(breakdown) as Criterion[]) {
    weighted += context.weights[criterion] * breakdown[criterion];
    total += context.weights[criterion];
  }
  return Math.max(0.001, Math.round((total > 0 ? weighted / total : 0) * 1e6) / 1e6);
}

/** How a diagnosis names things, for callers that may not see every gap. */
export interface DiagnoseOptions {
  /**
   * How a competing gap is named in sentences (default: its id and member state). A T/PCC may not
   * see other states' gaps, so the API names those "another T/PCC's gap".
   */
  competitorName?: (competitor: Competitor) => string;
}

function outbidWords(
  offer: MatchOffer,
  pairScore: number,
  capacity: number,
  competition: Competitor[],
  needed: number | null,
  extra: number | null,
  changes: ScoreChange[],
  options: DiagnoseOptions,
): string {
  const name = options.competitorName ?? ((c: Competitor) => `${c.gapId} (${c.memberState})`);
  const donor = stateName(offer.donor);
  const taken = competition.reduce((total, c) => total + c.quantity, 0);
  const parts: string[] = [];
  if (capacity === 0) {
    parts.push(
      `A candidate (score ${score(pairScore)}), but ${donor}'s offer has no unit left that its budget pays for.`,
    );
  } else {
    const shown = competition
      .slice(0, 5)
      .map((c) => `${name(c)} ${c.quantity} at ${score(c.score)}`);
    const more = competition.length > 5 ? `, and ${competition.length - 5} more` : '';
    parts.push(
      `A candidate (score ${score(pairScore)}), but the optimal allocation gave all ${taken} usable units of ${donor}'s offer to gaps that score higher on it: ${shown.join(', ')}${more}.`,
    );
  }
  if (needed !== null && capacity > 0)
    parts.push(`This gap would get units of it with a score above ${score(needed)}.`);
  if (extra !== null)
    parts.push(`It would also get some if the offer had ${extra} more units (capacity or budget).`);
  if (changes.length > 0)
    parts.push(
      `Any one of these would be enough: ${changes.map((c) => `${c.explanation} (score ${score(c.score)})`).join('; ')}.`,
    );
  return parts.join(' ');
}

/**
 * Why a gap got what it got in a run: for every offer of its category, whether it gave the gap
 * units, lost them to competing gaps (which ones, the score needed to win, the capacity missing),
 * or is not a candidate (the first hard rule it fails, in words). `instance` is the run's instance
 * and `allocations` its result (or the run's stored proposals). Null when the gap is not in it.
 */
export function diagnoseGap(
  instance: MatchInstance,
  allocations: readonly AllocatedUnits[],
  gapId: string,
  options: DiagnoseOptions = {},
): GapDiagnostics | null {
  const target = instance.gaps.find((gap) => gap.id === gapId);
  if (!target) return null;
  const view = new CategoryView(instance, allocations, target.category);
  const gapPosition = view.gapAt(gapId)!;
  const allocated = view.graph.received(gapPosition);
  const unmet = Math.max(0, target.quantity - allocated);
  const offers = view.offers.map((offer, offerPosition): OfferVerdict => {
    const verdict: OfferVerdict = {
      offerId: offer.id,
      donor: offer.donor,
      outcome: 'NOT_CANDIDATE',
      rule: null,
      quantity: 0,
      score: null,
      competition: [],
      scoreNeeded: null,
      extraCapacityNeeded: null,
      scoreChanges: [],
      explanation: '',
    };
    const pair = view.pairOf(gapPosition, offerPosition);
    if (pair === undefined) {
      verdict.rule = firstFailedRule(offer, target);
      verdict.explanation = verdict.rule
        ? explainRule(verdict.rule, offer, target)
        : 'Not a candidate pair.';
      return verdict;
    }
    verdict.score = view.pairs.score[pair];
    verdict.quantity = view.quantity[pair];
    if (verdict.quantity > 0) {
      verdict.outcome = 'ALLOCATED';
      verdict.explanation = `Gives ${verdict.quantity} units (score ${score(verdict.score)}).`;
      return verdict;
    }
    if (unmet === 0) {
      verdict.outcome = 'NOT_NEEDED';
      verdict.explanation = `A candidate (score ${score(verdict.score)}), not needed: other offers cover the gap's demand.`;
      return verdict;
    }
    verdict.outcome = 'OUTBID';
    const capacity = effectiveCapacity(offer);
    verdict.competition = view.competitors(offerPosition);
    if (capacity > 0) {
      verdict.scoreNeeded = view.ask(() => view.graph.unitValue(offerPosition));
      if (verdict.scoreNeeded !== null)
        verdict.scoreChanges = scoreChanges(offer, target, view.context, verdict.scoreNeeded);
    }
    verdict.extraCapacityNeeded = view.ask(() =>
      view.graph.extraCapacityFor(offerPosition, gapPosition),
    );
    verdict.explanation = outbidWords(
      offer,
      verdict.score,
      capacity,
      verdict.competition,
      verdict.scoreNeeded,
      verdict.extraCapacityNeeded,
      verdict.scoreChanges,
      options,
    );
    return verdict;
  });
  return {
    gapId,
    demand: target.quantity,
    allocated,
    unmet,
    consistent: view.problems.length === 0,
    problems: view.problems,
    offers,
    summary: gapSummary(target, allocated, unmet, offers),
  };
}

function gapSummary(
  gap: MatchGap,
  allocated: number,
  unmet: number,
  offers: OfferVerdict[],
): string {
  if (gap.quantity === 0) return 'The gap has no demand left to cover.';
  const head =
    allocated === 0
      ? `Nothing was proposed for this gap's ${gap.quantity} units.`
      : unmet === 0
        ? `All ${gap.quantity} units are proposed.`
        : `${allocated} of ${gap.quantity} units are proposed; ${unmet} are not.`;
  if (offers.length === 0) return `${head} No open offer is in its category (${gap.category}).`;
  const count = (outcome: OfferVerdict['outcome']) =>
    offers.filter((verdict) => verdict.outcome === outcome).length;
  const reasons = new Map<HardRule, number>();
  for (const verdict of offers)
    if (verdict.rule) reasons.set(verdict.rule, (reasons.get(verdict.rule) ?? 0) + 1);
  const parts = [head, `${offers.length} open offers are in ${gap.category}.`];
  if (count('ALLOCATED') > 0) parts.push(`${count('ALLOCATED')} give it units.`);
  if (count('OUTBID') > 0)
    parts.push(
      `${count('OUTBID')} could serve it but gave their units to gaps that score higher on them.`,
    );
  if (reasons.size > 0)
    parts.push(
      `Not candidates: ${[...reasons].map(([rule, n]) => `${n} by ${RULE_LABEL[rule]}`).join(', ')}.`,
    );
  return parts.join(' ');
}

const RULE_LABEL: Record<HardRule, string> = {
  CAPABILITY: 'capability',
  LANGUAGE: 'language',
  DONOR_ITSELF: 'being its own donor',
  EXCLUDED: 'exclusion',
  ELIGIBILITY: 'eligibility',
  WINDOW: 'dates',
  NO_DEMAND: 'no demand left',
  NO_CAPACITY: 'no capacity left',
  DECLINED: 'an earlier decline',
};

const RELAXABLE = new Set<HardRule>(['LANGUAGE', 'ELIGIBILITY', 'WINDOW']);

/** The one change to an offer that lifts a rule for a gap (see NearMiss). */
export function changeFor(
  rule: 'LANGUAGE' | 'ELIGIBILITY' | 'WINDOW',
  offer: MatchOffer,
  gap: MatchGap,
): OfferChange {
  const change: OfferChange = {
    addLanguage: null,
    addEligible: null,
    availableFrom: null,
    availableTo: null,
  };
  if (rule === 'LANGUAGE') change.addLanguage = gap.languages[0];
  if (rule === 'ELIGIBILITY') change.addEligible = gap.memberState;
  if (rule === 'WINDOW') {
    change.availableFrom = gap.neededFrom < offer.availableFrom ? gap.neededFrom : null;
    change.availableTo = gap.neededBy > offer.availableTo ? gap.neededBy : null;
  }
  return change;
}

/** The offer with a change applied. */
export function applyChange(offer: MatchOffer, change: OfferChange): MatchOffer {
  return {
    ...offer,
    languages: change.addLanguage ? [...offer.languages, change.addLanguage] : offer.languages,
    eligible: change.addEligible ? [...offer.eligible, change.addEligible] : offer.eligible,
    availableFrom: change.availableFrom ?? offer.availableFrom,
    availableTo: change.availableTo ?? offer.availableTo,
  };
}

function nearMissWords(
  rule: NearMiss['rule'],
  offer: MatchOffer,
  gap: MatchGap,
  change: OfferChange,
  demand: number,
): string {
  const need = `${stateName(gap.memberState)} still needs ${demand} units of ${gap.capability} (${gap.priority}), ${gap.neededFrom} to ${gap.neededBy}`;
  if (rule === 'LANGUAGE')
    return `${need}, in ${languageNames(gap.languages)}: delivering in ${languageNames([change.addLanguage!])} would make this offer a candidate.`;
  if (rule === 'ELIGIBILITY')
    return `${need}: opening the offer to ${stateName(gap.memberState)} would make it a candidate.`;
  const widened = [
    change.availableFrom ? `from ${change.availableFrom}` : '',
    change.availableTo ? `until ${change.availableTo}` : '',
  ].filter(Boolean);
  return `${need}: being available ${widened.join(' and ')} would make this offer a candidate.`;
}

const PRIORITY_RANK: Record<string, number> = {
  [Priority.CRITICAL]: 0,
  [Priority.HIGH]: 1,
  [Priority.MEDIUM]: 2,
  [Priority.LOW]: 3,
};

/**
 * What became of an offer in a run: the gaps it serves, the candidate gaps left unmet, how many
 * gaps of its category each hard rule keeps out, and its near misses: the gaps with demand left
 * that fail exactly one rule a donor can change (a language, the eligible states, the dates).
 */
export function diagnoseOffer(
  instance: MatchInstance,
  allocations: readonly AllocatedUnits[],
  offerId: string,
): OfferDiagnostics | null {
  const offer = instance.offers.find((candidate) => candidate.id === offerId);
  if (!offer) return null;
  const view = new CategoryView(instance, allocations, offer.category);
  const offerPosition = view.offerAt(offerId)!;
  const capacity = effectiveCapacity(offer);
  const allocated = view.graph.given(offerPosition);
  const unmetOf = (gap: number) => Math.max(0, view.gaps[gap].quantity - view.graph.received(gap));
  const counts = new Map<HardRule, number>();
  const nearMisses: NearMiss[] = [];
  const unservedCandidates: OfferDiagnostics['unservedCandidates'] = [];
  view.gaps.forEach((gap, gapPosition) => {
    const pair = view.pairOf(gapPosition, offerPosition);
    if (pair !== undefined) {
      const unmet = unmetOf(gapPosition);
      if (view.quantity[pair] === 0 && unmet > 0)
        unservedCandidates.push({
          gapId: gap.id,
          memberState: gap.memberState,
          score: view.pairs.score[pair],
          unmet,
        });
      return;
    }
    const failing = HARD_RULES.filter((rule) => !rule.holds(offer, gap)).map((rule) => rule.code);
    if (failing.length === 0) return;
    counts.set(failing[0], (counts.get(failing[0]) ?? 0) + 1);
    const unmet = unmetOf(gapPosition);
    if (failing.length === 1 && RELAXABLE.has(failing[0]) && unmet > 0) {
      const rule = failing[0] as NearMiss['rule'];
      const change = changeFor(rule, offer, gap);
      nearMisses.push({
        gapId: gap.id,
        memberState: gap.memberState,
        capability: gap.capability,
        priority: gap.priority,
        rule,
        change,
        demand: unmet,
        explanation: nearMissWords(rule, offer, gap, change, unmet),
      });
    }
  });
  nearMisses.sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      b.demand - a.demand ||
      (a.gapId < b.gapId ? -1 : 1),
  );
  unservedCandidates.sort((a, b) => b.score - a.score || (a.gapId < b.gapId ? -1 : 1));
  const notCandidates = HARD_RULES.filter((rule) => counts.has(rule.code)).map((rule) => ({
    rule: rule.code,
    gaps: counts.get(rule.code)!,
  }));
  const allocations_ = view.competitors(offerPosition);
  const unused = Math.max(0, capacity - allocated);
  const summary = [
    `${allocated} of ${capacity} usable units are proposed to ${allocations_.length} gaps${unused > 0 ? `; ${unused} are unused` : ''}.`,
    unservedCandidates.length > 0
      ? `${unservedCandidates.length} candidate gaps with demand left got nothing from it (others score higher on its units, or it has none left).`
      : '',
    nearMisses.length > 0
      ? `${nearMisses.length} gaps with ${nearMisses.reduce((t, n) => t + n.demand, 0)} units of demand left would be candidates if one condition changed.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    offerId,
    capacity,
    allocated,
    unused,
    consistent: view.problems.length === 0,
    problems: view.problems,
    allocations: allocations_,
    unservedCandidates,
    notCandidates,
    nearMisses,
    summary,
  };
}
