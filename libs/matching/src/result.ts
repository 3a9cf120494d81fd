import { type Criterion } from './weights';

export type Breakdown = Record<Criterion, number>;

/** A gap–offer pair that passes every hard rule, with its score and why. */
export interface Candidate {
  gapId: string;
  offerId: string;
  score: number;
  breakdown: Breakdown;
  explanation: string;
}

/** Units of an offer proposed for a gap; `breakdown` is the score's, by criterion. */
export interface Allocation {
  gapId: string;
  offerId: string;
  quantity: number;
  score: number;
  breakdown: Breakdown;
  explanation: string;
}

export interface UnmetDemand {
  gapId: string;
  quantity: number;
}

/** Deterministic facts about a run (no timings: the same input gives byte-identical output). */
export interface MatchStats {
  gaps: number;
  offers: number;
  candidatePairs: number;
  /** Independent sub-problems (connected components of the candidate graph). */
  subproblems: number;
  /** Sub-problems solved by HiGHS (the others have one candidate and a closed-form optimum). */
  solvedByHighs: number;
  /** Simplex iterations HiGHS took, over all sub-problems and column-generation rounds. */
  simplexIterations: number;
  demand: number;
  solver: string;
}

export interface MatchResult {
  candidates: Omit<Candidate, 'explanation'>[];
  allocations: Allocation[];
  objective: number;
  covered: number;
  unmet: UnmetDemand[];
  stats: MatchStats;
}
