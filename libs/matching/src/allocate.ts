import { type Highs } from 'highs';

import { type CandidatePairs } from './candidates';
import { connectedComponents } from './components';
import { type MatchGap, type MatchOffer } from './instance';
import { type LinearProgram, solveLinearProgram } from './solver';

export interface AllocationOutcome {
  /** Units allocated to each pair, in the order of the pairs given. */
  quantities: Int32Array;
  subproblems: number;
  solvedByHighs: number;
  /** Simplex iterations HiGHS took over all sub-problems. */
  simplexIterations: number;
}

/** Units an offer's budget pays for, or Infinity when it has no budget (or a zero cost). */
export function budgetUnits(offer: MatchOffer): number {
  if (offer.budget == null || offer.costPerUnit == null || offer.costPerUnit <= 0) return Infinity;
  return Math.floor(offer.budget / offer.costPerUnit + 1e-9);
}

/**
 * What an offer can deliver. The cost per unit is the offer's, the same for every gap, so its
 * budget row Σ cost·x ≤ budget is exactly Σ x ≤ ⌊budget / cost⌋ for integer x: a tighter capacity.
 */
export function effectiveCapacity(offer: MatchOffer): number {
  return Math.min(offer.capacity, budgetUnits(offer));
}

/**
 * The sub-problem of one component: maximise Σ score·x subject to each gap's demand and each
 * offer's effective capacity. A transportation problem: its constraint matrix is totally
 * unimodular, so with integer demands and capacities its optimal vertex is integral.
 */
export function buildProgram(
  pairs: CandidatePairs,
  members: Int32Array,
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
): LinearProgram {
  const rowOfGap = new Map<number, number>();
  const rowOfOffer = new Map<number, number>();
  const rowUpper: number[] = [];
  const columns = members.length;
  const program = {
    objective: new Float64Array(columns),
    upperBounds: new Float64Array(columns),
    gapRow: new Int32Array(columns),
    offerRow: new Int32Array(columns),
  };
  members.forEach((index, column) => {
    const gap = pairs.gap[index];
    const offer = pairs.offer[index];
    let gapRow = rowOfGap.get(gap);
    if (gapRow === undefined) rowOfGap.set(gap, (gapRow = rowUpper.push(gaps[gap].quantity) - 1));
    let offerRow = rowOfOffer.get(offer);
    if (offerRow === undefined) {
      rowOfOffer.set(offer, (offerRow = rowUpper.push(effectiveCapacity(offers[offer])) - 1));
    }
    program.objective[column] = pairs.score[index];
    program.upperBounds[column] = Math.min(gaps[gap].quantity, effectiveCapacity(offers[offer]));
    program.gapRow[column] = gapRow;
    program.offerRow[column] = offerRow;
  });
  return { ...program, rowUpper: Float64Array.from(rowUpper) };
}

const INTEGRALITY_TOLERANCE = 1e-6;

/**
 * The optimal integer allocation: maximise Σ score·quantity under demand, capacity and budget.
 * Each connected component of the candidate graph is solved on its own; a component with one pair
 * has the closed-form optimum min(demand, effective capacity).
 */
export function allocate(
  highs: Highs,
  pairs: CandidatePairs,
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
  onProgress?: (done: number, total: number) => void,
): AllocationOutcome {
  const quantities = new Int32Array(pairs.length);
  const components = connectedComponents(pairs, gaps.length, offers.length);
  let solvedByHighs = 0;
  let simplexIterations = 0;
  let done = 0;
  for (const members of components) {
    if (members.length === 1) {
      const index = members[0];
      quantities[index] = Math.min(
        gaps[pairs.gap[index]].quantity,
        effectiveCapacity(offers[pairs.offer[index]]),
      );
    } else {
      const solved = solveLinearProgram(highs, buildProgram(pairs, members, gaps, offers));
      solvedByHighs += 1;
      simplexIterations += solved.iterations;
      members.forEach((index, column) => {
        const value = solved.values[column];
        if (Math.abs(value - Math.round(value)) > INTEGRALITY_TOLERANCE) {
          throw new Error(
            `HiGHS returned a fractional vertex (${value}); the model is not a transportation problem`,
          );
        }
        quantities[index] = Math.max(0, Math.round(value));
      });
    }
    done += members.length;
    onProgress?.(done, pairs.length);
  }
  assertFeasible(pairs, quantities, gaps, offers);
  return { quantities, subproblems: components.length, solvedByHighs, simplexIterations };
}

/** Defence in depth: an allocation that breaks a constraint is a bug, never a result. */
function assertFeasible(
  pairs: CandidatePairs,
  quantities: Int32Array,
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
): void {
  const demand = new Float64Array(gaps.length);
  const supply = new Float64Array(offers.length);
  for (let index = 0; index < pairs.length; index += 1) {
    demand[pairs.gap[index]] += quantities[index];
    supply[pairs.offer[index]] += quantities[index];
  }
  gaps.forEach((gap, index) => {
    if (demand[index] > gap.quantity)
      throw new Error(`Allocation exceeds the demand of gap ${gap.id}`);
  });
  offers.forEach((offer, index) => {
    if (supply[index] > effectiveCapacity(offer)) {
      throw new Error(`Allocation exceeds the capacity or budget of offer ${offer.id}`);
    }
  });
}
