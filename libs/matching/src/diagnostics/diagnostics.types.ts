import { type HardRule } from '../rules';
import { type Criterion } from '../weights';

/** What became of one offer for the gap asked about. */
export type OfferOutcome =
  /** The offer gave the gap units. */
  | 'ALLOCATED'
  /** A candidate that gave the gap nothing, while the gap has demand left: others won its units. */
  | 'OUTBID'
  /** A candidate that gave the gap nothing because other offers already cover its demand. */
  | 'NOT_NEEDED'
  /** Not a candidate pair: `rule` is the first hard rule it fails. */
  | 'NOT_CANDIDATE';

/** Units of an offer the allocation gave to another gap, with that pair's score. */
export interface Competitor {
  gapId: string;
  memberState: string;
  quantity: number;
  score: number;
}

/** A single change to the gap's score that alone would lift it above the score needed. */
export interface ScoreChange {
  criterion: Criterion;
  /** The pair's score with this criterion at its best. */
  score: number;
  explanation: string;
}

export interface OfferVerdict {
  offerId: string;
  donor: string;
  outcome: OfferOutcome;
  /** For NOT_CANDIDATE: the first hard rule the pair fails (DESIGN.md order). */
  rule: HardRule | null;
  /** Units this offer gives the gap. */
  quantity: number;
  /** The pair's score when it is a candidate. */
  score: number | null;
  /** For OUTBID: the units the offer gave to other gaps, highest score first. */
  competition: Competitor[];
  /**
   * For OUTBID: the gap gets units of this offer if, and only if, its score on it is above this
   * (what one unit of the offer is worth to the gaps that have it).
   */
  scoreNeeded: number | null;
  /**
   * For OUTBID: with this many more units of capacity (or budget) the offer would serve the gap
   * in any optimal allocation; null when it could not be worked out within the search limit.
   */
  extraCapacityNeeded: number | null;
  /** For OUTBID: single changes of a score criterion that alone would make the gap win. */
  scoreChanges: ScoreChange[];
  explanation: string;
}

export interface GapDiagnostics {
  gapId: string;
  /** Demand still to cover when the run started. */
  demand: number;
  /** Units the allocation gives the gap. */
  allocated: number;
  unmet: number;
  /**
   * False when the allocation given is not an optimal allocation of the instance given (the data
   * changed since the run, or proposals were answered): the explanations may then be out of date.
   */
  consistent: boolean;
  problems: string[];
  /** Every offer of the gap's category, by id. */
  offers: OfferVerdict[];
  summary: string;
}

/** The change to an offer that would make it a candidate for a gap. */
export interface OfferChange {
  /** Add this delivery language. */
  addLanguage: string | null;
  /** Open the offer to this member state (its ISO3 code). */
  addEligible: string | null;
  /** Widen the availability window to these dates. */
  availableFrom: string | null;
  availableTo: string | null;
}

export interface NearMiss {
  gapId: string;
  memberState: string;
  capability: string;
  priority: string;
  /** The one hard rule the pair fails. */
  rule: 'LANGUAGE' | 'ELIGIBILITY' | 'WINDOW';
  change: OfferChange;
  /** The gap's demand the allocation left unmet: what this offer could help cover. */
  demand: number;
  explanation: string;
}

/** How many gaps of the offer's category fail each rule first. */
export interface RuleCount {
  rule: HardRule;
  gaps: number;
}

export interface OfferDiagnostics {
  offerId: string;
  /** Capacity usable in the run (capacity, or the units its budget pays for if fewer). */
  capacity: number;
  allocated: number;
  unused: number;
  consistent: boolean;
  problems: string[];
  allocations: Competitor[];
  /** Candidate gaps with demand left that got nothing from this offer. */
  unservedCandidates: { gapId: string; memberState: string; score: number; unmet: number }[];
  notCandidates: RuleCount[];
  /** Gaps with demand left that this offer would be a candidate for if one condition changed. */
  nearMisses: NearMiss[];
  summary: string;
}
