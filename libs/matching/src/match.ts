import { type MatchGap, type MatchInstance, type MatchOffer } from './instance';
import {
  pairContext,
  partitionProgress,
  type PartitionInput,
  type PartitionResult,
  solvePartition,
} from './partition';
import { type Allocation, type Candidate, type MatchResult, type UnmetDemand } from './result';
import { explainPair, scorePair } from './score';
import { loadHighs } from './solver';
import { MatchThreadPool } from './threads/match-thread-pool';
import { type PartitionTaskResult } from './threads/partition.task';
import { resolveWeights } from './weights';

export type ProgressListener = (
  phase: 'candidates' | 'allocation' | 'done',
  percent: number,
) => void;

export interface MatchOptions {
  onProgress?: ProgressListener;
  /**
   * Worker threads to solve categories on, in a pool made for this call; 1 (the default) solves
   * in this thread. The result is the same whatever the number: categories share no candidate
   * pair.
   */
  threads?: number;
  /**
   * A pool kept between calls (the worker process's): every partition is solved and described on
   * its threads, and this thread only splits the instance and assembles the result.
   */
  pool?: MatchThreadPool;
  /** Stops the call: a pool's threads are terminated, an in-thread solve stops between categories. */
  signal?: AbortSignal;
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
  /** Describing the result (breakdowns, explanations, unmet demand; summed over categories) and assembling it. */
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

/** One category's sub-problem: plain JSON, so it can be solved in another thread or process. */
export interface CategoryPartition {
  category: string;
  input: PartitionInput;
}

/**
 * Step 1 of match(): the instance in canonical order (by id), split into one sub-problem per
 * category (sorted by category). Categories share no candidate pair, so each can be solved alone.
 */
export function partitionInstance(instance: MatchInstance): CategoryPartition[] {
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const shared = {
    asOf: instance.asOf,
    weights: resolveWeights(instance.weights),
    partnerships: instance.partnerships ?? [],
  };
  return partitionByCategory(gaps, offers, shared).map(({ input }) => ({
    category: (input.gaps[0] ?? input.offers[0]).category,
    input,
  }));
}

/** Step 2 of match(), for one partition: candidates and optimal allocation (loads HiGHS itself). */
export async function solvePartitionInput(
  input: PartitionInput,
  onProgress?: (phase: 'candidates' | 'allocation', done: number, total: number) => void,
): Promise<PartitionResult> {
  return solvePartition(await loadHighs(), input, onProgress);
}

/** The solver named in `stats.solver`. */
export async function solverName(): Promise<string> {
  return `HiGHS ${(await loadHighs()).version.string}`;
}

/**
 * One partition's share of the result, in the result's own terms (plain JSON): its allocations,
 * candidates and unmet demand in canonical order (by gap, then offer), and its counts.
 */
export interface PartitionOutput {
  gaps: number;
  offers: number;
  demand: number;
  candidatePairs: number;
  subproblems: number;
  solvedByHighs: number;
  simplexIterations: number;
  candidates: Omit<Candidate, 'explanation'>[];
  allocations: Allocation[];
  unmet: UnmetDemand[];
}

/**
 * Step 3a of match(), for one partition: scores, breakdowns and explanations of its allocations
 * (and candidates when asked), and its unmet demand.
 */
export function describePartition(
  input: PartitionInput,
  result: PartitionResult,
  options: Pick<MatchOptions, 'includeCandidates'> = {},
): PartitionOutput {
  const includeCandidates = options.includeCandidates ?? true;
  // Each gap's pairs are contiguous, ordered by offer position.
  const pairsOfGap = new Map<number, { from: number; to: number }>();
  let from = 0;
  while (from < result.gap.length) {
    let to = from;
    while (to < result.gap.length && result.gap[to] === result.gap[from]) to += 1;
    pairsOfGap.set(result.gap[from], { from, to });
    from = to;
  }
  const context = pairContext(input);
  const candidates: Omit<Candidate, 'explanation'>[] = [];
  const allocations: Allocation[] = [];
  const unmet: UnmetDemand[] = [];
  input.gaps.forEach((gap, position) => {
    let allocated = 0;
    const range = pairsOfGap.get(position);
    if (range) {
      for (let index = range.from; index < range.to; index += 1) {
        const quantity = result.quantity[index];
        if (!includeCandidates && quantity === 0) continue;
        const offer = input.offers[result.offer[index]];
        const { score, breakdown } = scorePair(offer, gap, context);
        if (includeCandidates)
          candidates.push({ gapId: gap.id, offerId: offer.id, score, breakdown });
        if (quantity > 0) {
          allocated += quantity;
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
    if (gap.quantity > allocated) unmet.push({ gapId: gap.id, quantity: gap.quantity - allocated });
  });
  return {
    gaps: input.gaps.length,
    offers: input.offers.length,
    demand: input.gaps.reduce((total, gap) => total + gap.quantity, 0),
    candidatePairs: result.gap.length,
    subproblems: result.subproblems,
    solvedByHighs: result.solvedByHighs,
    simplexIterations: result.simplexIterations,
    candidates,
    allocations,
    unmet,
  };
}

/**
 * Entries of several partitions in canonical gap order. Every gap belongs to one partition and
 * each list is in canonical order already, so a stable sort by gap id keeps each gap's entries
 * in their order (by offer).
 */
function byGap<T extends { gapId: string }>(lists: T[][]): T[] {
  return lists.flat().sort((a, b) => (a.gapId < b.gapId ? -1 : a.gapId > b.gapId ? 1 : 0));
}

/**
 * Step 3b of match(): the whole result from the outputs of every partition of the instance
 * (in any order, wherever each was solved). Equal to match()'s, byte for byte: the objective
 * is summed in the same (canonical) order.
 */
export function assembleResult(outputs: PartitionOutput[], solver: string): MatchResult {
  const allocations = byGap(outputs.map((output) => output.allocations));
  let objective = 0;
  let covered = 0;
  for (const allocation of allocations) {
    objective += allocation.score * allocation.quantity;
    covered += allocation.quantity;
  }
  const sum = (
    field:
      | 'gaps'
      | 'offers'
      | 'demand'
      | 'candidatePairs'
      | 'subproblems'
      | 'solvedByHighs'
      | 'simplexIterations',
  ) => outputs.reduce((total, output) => total + output[field], 0);
  return {
    candidates: byGap(outputs.map((output) => output.candidates)),
    allocations,
    objective: round(objective),
    covered,
    unmet: byGap(outputs.map((output) => output.unmet)),
    stats: {
      gaps: sum('gaps'),
      offers: sum('offers'),
      candidatePairs: sum('candidatePairs'),
      subproblems: sum('subproblems'),
      solvedByHighs: sum('solvedByHighs'),
      simplexIterations: sum('simplexIterations'),
      demand: sum('demand'),
      solver,
    },
  };
}

/** The partitions' outputs, solved in this thread or on a pool's, with summed timings. */
async function solvePartitions(
  partitions: CategoryPartition[],
  options: MatchOptions,
  progress: ProgressListener,
): Promise<PartitionTaskResult[]> {
  const includeCandidates = options.includeCandidates ?? true;
  const inputs = partitions.map((partition) => partition.input);
  const onProgress = (phase: 'candidates' | 'allocation', fraction: number) =>
    progress(phase, Math.floor(100 * fraction));
  if (options.pool)
    return options.pool.solve(inputs, { includeCandidates, signal: options.signal, onProgress });
  const threads = options.threads ?? 1;
  if (threads > 1 && partitions.length > 1) {
    const pool = new MatchThreadPool(threads);
    try {
      return await pool.solve(inputs, { includeCandidates, signal: options.signal, onProgress });
    } finally {
      await pool.close();
    }
  }
  const highs = await loadHighs();
  const totalGaps = inputs.reduce((total, input) => total + input.gaps.length + 1, 0);
  let gapsBefore = 0;
  return inputs.map((input) => {
    options.signal?.throwIfAborted();
    const weight = input.gaps.length + 1;
    const result = solvePartition(highs, input, (phase, done, total) =>
      onProgress(phase, (gapsBefore + partitionProgress(phase, done, total) * weight) / totalGaps),
    );
    gapsBefore += weight;
    return describeTimed(input, result, includeCandidates);
  });
}

/** describePartition, with the partition's timings (solving's, and its own). */
export function describeTimed(
  input: PartitionInput,
  result: PartitionResult,
  includeCandidates: boolean,
): PartitionTaskResult {
  const started = performance.now();
  const output = describePartition(input, result, { includeCandidates });
  return {
    output,
    candidatesMs: result.candidatesMs,
    solveMs: result.solveMs,
    describeMs: performance.now() - started,
  };
}

/**
 * Proposes which offer serves which gap and how much: every candidate pair with its score, and the
 * allocation maximising Σ score·quantity. Inputs are put in canonical order (by id) first, so the
 * same instance always gives the same result, whatever the order it came in and wherever its
 * partitions are solved. The three steps (partitionInstance, solvePartitionInput,
 * describePartition + assembleResult) can also run apart, e.g. each partition in another
 * process; the result is the same.
 */
export async function match(
  instance: MatchInstance,
  options: MatchOptions = {},
): Promise<MatchResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const partitions = partitionInstance(instance);
  const solved = await solvePartitions(partitions, options, progress);
  const assembling = performance.now();
  const result = assembleResult(
    solved.map((partition) => partition.output!),
    await solverName(),
  );
  progress('done', 100);
  if (options.onTimings) {
    const finished = performance.now();
    const sumMs = (field: 'candidatesMs' | 'solveMs' | 'describeMs') =>
      Math.round(solved.reduce((total, partition) => total + partition[field], 0));
    options.onTimings({
      candidatesMs: sumMs('candidatesMs'),
      solveMs: sumMs('solveMs'),
      outputMs: sumMs('describeMs') + Math.round(finished - assembling),
      totalMs: Math.round(finished - started),
    });
  }
  return result;
}
