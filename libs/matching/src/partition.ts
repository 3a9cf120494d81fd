import { type Highs } from 'highs';

import { allocate } from './allocate';
import { buildCandidates } from './candidates';
import { type MatchGap, type MatchOffer, type MatchPartnership } from './instance';
import { type PairContext, partnershipIndex } from './score';
import { type Weights } from './weights';

/** What a partition needs to be solved anywhere (in this thread or a worker thread). */
export interface PartitionInput {
  asOf: string;
  weights: Weights;
  partnerships: MatchPartnership[];
  gaps: MatchGap[];
  offers: MatchOffer[];
}

/** Candidate pairs of a partition (positions within it) with their scores and allocated units. */
/** Building candidates is about this share of a partition's work (progress), the allocation the rest. */
const CANDIDATES_SHARE = 0.4;

/** The share of a partition's work done (0 to 1) when solvePartition reports `done` of `total`. */
export function partitionProgress(
  phase: 'candidates' | 'allocation',
  done: number,
  total: number,
): number {
  const share = total === 0 ? 1 : done / total;
  return phase === 'candidates'
    ? CANDIDATES_SHARE * share
    : CANDIDATES_SHARE + (1 - CANDIDATES_SHARE) * share;
}

export interface PartitionResult {
  gap: Int32Array;
  offer: Int32Array;
  score: Float64Array;
  quantity: Int32Array;
  subproblems: number;
  solvedByHighs: number;
  simplexIterations: number;
  /** Milliseconds spent building candidates and solving (for benchmarks; never in the output). */
  candidatesMs: number;
  solveMs: number;
}

export function pairContext(
  input: Pick<PartitionInput, 'asOf' | 'weights' | 'partnerships'>,
): PairContext {
  return {
    asOf: input.asOf,
    weights: input.weights,
    partnerships: partnershipIndex(input.partnerships),
  };
}

/**
 * Candidates and optimal allocation of a set of gaps and offers that share no candidate pair with
 * any other set (a category, or several): the unit of work that can run in parallel.
 */
export function solvePartition(
  highs: Highs,
  input: PartitionInput,
  onProgress?: (phase: 'candidates' | 'allocation', done: number, total: number) => void,
): PartitionResult {
  const context = pairContext(input);
  const started = performance.now();
  const pairs = buildCandidates(input.gaps, input.offers, context, (done, total) =>
    onProgress?.('candidates', done, total),
  );
  const built = performance.now();
  const outcome = allocate(highs, pairs, input.gaps, input.offers, (done, total) =>
    onProgress?.('allocation', done, total),
  );
  return {
    gap: pairs.gap,
    offer: pairs.offer,
    score: pairs.score,
    quantity: outcome.quantities,
    subproblems: outcome.subproblems,
    solvedByHighs: outcome.solvedByHighs,
    simplexIterations: outcome.simplexIterations,
    candidatesMs: built - started,
    solveMs: performance.now() - built,
  };
}
