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
  integerSubproblems: number;
}

/** Units an offer's budget pays for, or Infinity when it has no binding budget. */
export function budgetUnits(offer: MatchOffer): number {
  if (offer.budget == null || offer.costPerUnit == null || offer.costPerUnit <= 0) return Infinity;
  return Math.floor(offer.budget / offer.costPerUnit + 1e-9);
}

function hasBudgetRow(offer: MatchOffer): boolean {
  return budgetUnits(offer) !== Infinity;
}

/**
 * Builds the sub-problem of one component: maximise Σ score·x subject to each gap's demand, each
 * offer's capacity and, where given, each offer's budget (Σ cost·x ≤ budget).
 */
function buildProgram(
  pairs: CandidatePairs,
  members: Int32Array,
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
): LinearProgram {
  const rowOfGap = new Map<number, number>();
  const rowOfOffer = new Map<number, number>();
  const rowOfBudget = new Map<number, number>();
  const rowUpper: number[] = [];
  for (const index of members) {
    const gap = pairs.gap[index];
    const offer = pairs.offer[index];
    if (!rowOfGap.has(gap)) rowOfGap.set(gap, rowUpper.push(gaps[gap].quantity) - 1);
    if (!rowOfOffer.has(offer)) rowOfOffer.set(offer, rowUpper.push(offers[offer].capacity) - 1);
    const budget = offers[offer].budget;
    if (hasBudgetRow(offers[offer]) && !rowOfBudget.has(offer) && budget != null) {
      rowOfBudget.set(offer, rowUpper.push(budget) - 1);
    }
  }
  const columns = members.length;
  const starts = new Int32Array(columns + 1);
  const rowIndices: number[] = [];
  const values: number[] = [];
  const objective = new Float64Array(columns);
  const upperBounds = new Float64Array(columns);
  const integrality = new Int32Array(columns);
  members.forEach((index, column) => {
    const gap = pairs.gap[index];
    const offer = pairs.offer[index];
    objective[column] = pairs.score[index];
    upperBounds[column] = Math.min(
      gaps[gap].quantity,
      offers[offer].capacity,
      budgetUnits(offers[offer]),
    );
    rowIndices.push(rowOfGap.get(gap)!, rowOfOffer.get(offer)!);
    values.push(1, 1);
    const budgetRow = rowOfBudget.get(offer);
    if (budgetRow !== undefined) {
      rowIndices.push(budgetRow);
      values.push(offers[offer].costPerUnit!);
      integrality[column] = 1;
    }
    starts[column + 1] = rowIndices.length;
  });
  return {
    objective,
    upperBounds,
    rowUpper: Float64Array.from(rowUpper),
    columnStarts: starts,
    rowIndices: Int32Array.from(rowIndices),
    values: Float64Array.from(values),
    // Only the columns of budgeted offers need to be integer: once they are fixed, the rest is a
    // transportation problem with integer data, whose optimal vertex (simplex) is integral.
    integrality: rowOfBudget.size > 0 ? integrality : undefined,
  };
}

/**
 * The optimal integer allocation: maximise Σ score·quantity under demand, capacity and budget.
 * Each connected component of the candidate graph is solved on its own; a component with one pair
 * has the closed-form optimum min(demand, capacity, budget units).
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
  let integerSubproblems = 0;
  let done = 0;
  for (const members of components) {
    if (members.length === 1) {
      const gap = pairs.gap[members[0]];
      const offer = pairs.offer[members[0]];
      quantities[members[0]] = Math.min(
        gaps[gap].quantity,
        offers[offer].capacity,
        budgetUnits(offers[offer]),
      );
    } else {
      const program = buildProgram(pairs, members, gaps, offers);
      let solved = solveLinearProgram(highs, program);
      if (!isIntegral(solved.values)) {
        // Not expected (see buildProgram); if HiGHS ends off a vertex, require integers throughout.
        solved = solveLinearProgram(highs, {
          ...program,
          integrality: new Int32Array(members.length).fill(1),
        });
      }
      solvedByHighs += 1;
      if (program.integrality) integerSubproblems += 1;
      members.forEach((index, column) => {
        // Rounding only removes solver tolerance (values are within 1e-6 of an integer).
        quantities[index] = Math.max(0, Math.round(solved.values[column]));
      });
    }
    done += members.length;
    onProgress?.(done, pairs.length);
  }
  assertFeasible(pairs, quantities, gaps, offers);
  return { quantities, subproblems: components.length, solvedByHighs, integerSubproblems };
}

const INTEGRALITY_TOLERANCE = 1e-6;

function isIntegral(values: Float64Array): boolean {
  return values.every((value) => Math.abs(value - Math.round(value)) <= INTEGRALITY_TOLERANCE);
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
  const spent = new Float64Array(offers.length);
  for (let index = 0; index < pairs.length; index += 1) {
    demand[pairs.gap[index]] += quantities[index];
    supply[pairs.offer[index]] += quantities[index];
    spent[pairs.offer[index]] += quantities[index] * (offers[pairs.offer[index]].costPerUnit ?? 0);
  }
  gaps.forEach((gap, index) => {
    if (demand[index] > gap.quantity)
      throw new Error(`Allocation exceeds the demand of gap ${gap.id}`);
  });
  offers.forEach((offer, index) => {
    if (supply[index] > offer.capacity)
      throw new Error(`Allocation exceeds the capacity of offer ${offer.id}`);
    if (hasBudgetRow(offer) && spent[index] > offer.budget! + 1e-6) {
      throw new Error(`Allocation exceeds the budget of offer ${offer.id}`);
    }
  });
}
