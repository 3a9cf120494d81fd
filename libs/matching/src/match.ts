import { type MatchGap, type MatchInstance, type MatchOffer } from './instance';
import { solvePartitionsInParallel } from './parallel';
import {
  pairContext,
  type PartitionInput,
  type PartitionResult,
  solvePartition,
} from './partition';
import { type Allocation, type Candidate, type MatchResult, type UnmetDemand } from './result';
import { explainPair, scorePair } from './score';
import { loadHighs } from './solver';
import { resolveWeights } from './weights';

export type ProgressListener = (
  phase: 'candidates' | 'allocation' | 'done',
  percent: number,
) => void;

export interface MatchOptions {
  onProgress?: ProgressListener;
  /**
   * Worker threads to solve categories on; 1 (the default) solves in this thread. The result is
   * the same whatever the number: categories share no candidate pair.
   */
  threads?: number;
  /**
   * Whether to list every candidate pair with its breakdown in `candidates` (default true). The
   * worker, which stores only allocations (each carries its own breakdown), can pass false: at
   * 50,000 × 10,000 the list has millions of entries. `stats.candidatePairs` counts them either way.
   */
  includeCandidates?: boolean;
  /**
   * Receives how long the run took, once it is done. Timings never enter the result, which stays
   * byte-identical for the same input; the worker logs them, the benchmark prints them.
   */
  onTimings?: (timings: MatchTimings) => void;
}

/** Milliseconds per phase of one match() call. */
export interface MatchTimings {
  /** Building and scoring candidate pairs, summed over categories (CPU time on their threads). */
  candidatesMs: number;
  /** Solving the allocation, summed over categories (CPU time on their threads). */
  solveMs: number;
  /** Assembling the result: breakdowns, explanations, unmet demand. */
  outputMs: number;
  /** Wall-clock time of the whole call. */
  totalMs: number;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export interface Partition {
  input: PartitionInput;
  /** Position in the canonical (sorted) gap and offer lists of each partition member. */
  gapPositions: number[];
  offerPositions: number[];
}

/** One partition per category: a gap and an offer of different categories are never a pair. */
export function partitionByCategory(
  gaps: MatchGap[],
  offers: MatchOffer[],
  shared: Omit<PartitionInput, 'gaps' | 'offers'>,
): Partition[] {
  const partitions = new Map<string, Partition>();
  const partitionOf = (category: string) => {
    let partition = partitions.get(category);
    if (!partition) {
      partition = {
        input: { ...shared, gaps: [], offers: [] },
        gapPositions: [],
        offerPositions: [],
      };
      partitions.set(category, partition);
    }
    return partition;
  };
  gaps.forEach((gap, position) => {
    const partition = partitionOf(gap.category);
    partition.input.gaps.push(gap);
    partition.gapPositions.push(position);
  });
  offers.forEach((offer, position) => {
    const partition = partitionOf(offer.category);
    partition.input.offers.push(offer);
    partition.offerPositions.push(position);
  });
  return [...partitions.keys()].sort().map((category) => partitions.get(category)!);
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
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const shared = {
    asOf: instance.asOf,
    weights: resolveWeights(instance.weights),
    partnerships: instance.partnerships ?? [],
  };
  const partitions = partitionByCategory(gaps, offers, shared);
  const highs = await loadHighs();

  let results: PartitionResult[];
  if ((options.threads ?? 1) > 1 && partitions.length > 1) {
    progress('allocation', 0);
    results = await solvePartitionsInParallel(
      partitions.map((partition) => partition.input),
      options.threads!,
      (done, total) => progress('allocation', Math.round((100 * done) / total)),
    );
  } else {
    const totalGaps = Math.max(1, gaps.length);
    let gapsBefore = 0;
    results = partitions.map((partition) => {
      const result = solvePartition(highs, partition.input, (phase, done, total) => {
        const share = phase === 'candidates' ? done / total : 1;
        progress(
          phase,
          Math.round((100 * (gapsBefore + share * partition.input.gaps.length)) / totalGaps),
        );
      });
      gapsBefore += partition.input.gaps.length;
      return result;
    });
  }

  const solved = performance.now();

  // Collect pairs in canonical order: by gap position, then offer position (each gap belongs to
  // one partition, whose pairs are already ordered that way).
  const pairsOfGap = new Map<number, { partition: number; from: number; to: number }>();
  results.forEach((result, partitionIndex) => {
    const { gapPositions } = partitions[partitionIndex];
    let from = 0;
    while (from < result.gap.length) {
      let to = from;
      while (to < result.gap.length && result.gap[to] === result.gap[from]) to += 1;
      pairsOfGap.set(gapPositions[result.gap[from]], { partition: partitionIndex, from, to });
      from = to;
    }
  });

  const context = pairContext(shared);
  const candidates: Omit<Candidate, 'explanation'>[] = [];
  const allocations: Allocation[] = [];
  const unmet: UnmetDemand[] = [];
  const includeCandidates = options.includeCandidates ?? true;
  let candidatePairs = 0;
  let objective = 0;
  let covered = 0;
  gaps.forEach((gap, position) => {
    let allocated = 0;
    const range = pairsOfGap.get(position);
    if (range) {
      const result = results[range.partition];
      const { offerPositions } = partitions[range.partition];
      for (let index = range.from; index < range.to; index += 1) {
        const quantity = result.quantity[index];
        candidatePairs += 1;
        if (!includeCandidates && quantity === 0) continue;
        const offer = offers[offerPositions[result.offer[index]]];
        const { score, breakdown } = scorePair(offer, gap, context);
        if (includeCandidates)
          candidates.push({ gapId: gap.id, offerId: offer.id, score, breakdown });
        if (quantity > 0) {
          allocated += quantity;
          objective += score * quantity;
          allocations.push({
            gapId: gap.id,
            offerId: offer.id,
            quantity,
            score,
            breakdown,
            explanation: explainPair(offer, gap, context),
          });
        }
      }
    }
    covered += allocated;
    if (gap.quantity > allocated) unmet.push({ gapId: gap.id, quantity: gap.quantity - allocated });
  });
  progress('done', 100);
  if (options.onTimings) {
    const finished = performance.now();
    const sumMs = (field: 'candidatesMs' | 'solveMs') =>
      Math.round(results.reduce((total, result) => total + result[field], 0));
    options.onTimings({
      candidatesMs: sumMs('candidatesMs'),
      solveMs: sumMs('solveMs'),
      outputMs: Math.round(finished - solved),
      totalMs: Math.round(finished - started),
    });
  }

  const sum = (field: 'subproblems' | 'solvedByHighs' | 'simplexIterations') =>
    results.reduce((total, result) => total + result[field], 0);
  return {
    candidates,
    allocations,
    objective: round(objective),
    covered,
    unmet,
    stats: {
      gaps: gaps.length,
      offers: offers.length,
      candidatePairs,
      subproblems: sum('subproblems'),
      solvedByHighs: sum('solvedByHighs'),
      simplexIterations: sum('simplexIterations'),
      demand: gaps.reduce((total, gap) => total + gap.quantity, 0),
      solver: `HiGHS ${highs.version.string}`,
    },
  };
}
