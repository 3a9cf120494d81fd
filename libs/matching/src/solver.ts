import highsLoader, { type Highs } from 'highs';

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per thread. */
export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader();
  return runtime;
}

/**
 * A transportation LP: maximise c·x, 0 ≤ x ≤ upper, each column in exactly two rows (its gap's and
 * its offer's) with coefficient 1, each row bounded above by `rowUpper`.
 */
export interface LinearProgram {
  objective: Float64Array;
  upperBounds: Float64Array;
  rowUpper: Float64Array;
  /** Row of each column's gap and of its offer. */
  gapRow: Int32Array;
  offerRow: Int32Array;
}

export interface SolvedProgram {
  values: Float64Array;
  objective: number;
  /** Simplex solves it took (1 without column generation). */
  rounds: number;
  /** Simplex iterations over all rounds (deterministic for a given model). */
  iterations: number;
}

/** Problems with fewer columns are solved whole; larger ones by column generation. */
export const COLUMN_GENERATION_THRESHOLD = 20_000;
/** Columns each gap row starts with in column generation: its best-scoring candidates. */
const INITIAL_COLUMNS_PER_GAP = 4;
/**
 * Improving columns each gap row may add per round. Measured on the largest 50,000 × 10,000
 * categories (280,000 columns): adding every improving column 2.3–2.7 s, the best 2 per gap
 * 1.5 s, 1 per gap 2.4–2.7 s (more rounds), 4 per gap 2.0–2.7 s.
 */
const ENTERING_COLUMNS_PER_GAP = 2;
const REDUCED_COST_TOLERANCE = 1e-9;

function columnsMatrix(program: LinearProgram, columns: Int32Array, rows: number) {
  const starts = new Int32Array(columns.length + 1);
  const indices = new Int32Array(2 * columns.length);
  columns.forEach((column, position) => {
    const [first, second] = [program.gapRow[column], program.offerRow[column]].sort(
      (a, b) => a - b,
    );
    indices[2 * position] = first;
    indices[2 * position + 1] = second;
    starts[position + 1] = 2 * position + 2;
  });
  return {
    format: 'csc' as const,
    numRows: rows,
    numCols: columns.length,
    starts,
    indices,
    values: new Float64Array(2 * columns.length).fill(1),
  };
}

function pick(values: Float64Array, columns: Int32Array): Float64Array {
  return Float64Array.from(columns, (column) => values[column]);
}

/** The best-scoring columns of each gap row (ties: lower column first), in column order. */
function initialColumns(program: LinearProgram): Int32Array {
  const byGap = new Map<number, number[]>();
  program.gapRow.forEach((row, column) => {
    const list = byGap.get(row);
    if (list) list.push(column);
    else byGap.set(row, [column]);
  });
  const chosen: number[] = [];
  for (const list of byGap.values()) {
    list.sort((a, b) => program.objective[b] - program.objective[a] || a - b);
    chosen.push(...list.slice(0, INITIAL_COLUMNS_PER_GAP));
  }
  return Int32Array.from(chosen.sort((a, b) => a - b));
}

/**
 * Solves the LP exactly with the dual simplex method. Large problems go through column
 * generation: solve with each gap's best few columns, then price every other column with the row
 * duals (reduced cost = score − dual of its gap row − dual of its offer row); add, for each gap,
 * the best two that could improve the objective and re-solve from the previous basis, until no
 * column anywhere can. By LP duality the last solution is then optimal for the whole problem.
 * The same input always takes the same steps.
 */
export function solveLinearProgram(
  highs: Highs,
  program: LinearProgram,
  strategy: 'auto' | 'whole' | 'column-generation' = 'auto',
): SolvedProgram {
  const total = program.objective.length;
  const rows = program.rowUpper.length;
  const whole =
    strategy === 'whole' || (strategy === 'auto' && total < COLUMN_GENERATION_THRESHOLD);
  let active = whole
    ? Int32Array.from({ length: total }, (_, column) => column)
    : initialColumns(program);
  const model = highs.createModel({
    numCols: active.length,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: pick(program.objective, active),
    colLower: new Float64Array(active.length),
    colUpper: pick(program.upperBounds, active),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: program.rowUpper,
    matrix: columnsMatrix(program, active, rows),
  });
  try {
    // Measured: presolve costs more than it saves on these LPs (8.2 s vs 10.5 s, 289,000 columns).
    model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off' });
    let rounds = 0;
    let iterations = 0;
    for (;;) {
      rounds += 1;
      const { modelStatus } = model.run();
      iterations += Number(model.info.get('simplex_iteration_count'));
      if (modelStatus !== highs.constants.modelStatus.optimal) {
        throw new Error(`HiGHS did not reach an optimum (model status ${modelStatus})`);
      }
      if (whole) break;
      const { rowDual } = model.getSolution();
      const inModel = new Uint8Array(total);
      for (const column of active) inModel[column] = 1;
      // Partial pricing: every column is priced, but each gap row admits only its best few
      // improving columns per round (ties: lower column first).
      const best = new Map<number, { column: number; reducedCost: number }[]>();
      for (let column = 0; column < total; column += 1) {
        if (inModel[column]) continue;
        const reducedCost =
          program.objective[column] -
          rowDual[program.gapRow[column]] -
          rowDual[program.offerRow[column]];
        if (reducedCost <= REDUCED_COST_TOLERANCE) continue;
        const row = program.gapRow[column];
        let list = best.get(row);
        if (!list) best.set(row, (list = []));
        list.push({ column, reducedCost });
        if (list.length > ENTERING_COLUMNS_PER_GAP) {
          list.sort((a, b) => b.reducedCost - a.reducedCost || a.column - b.column);
          list.length = ENTERING_COLUMNS_PER_GAP;
        }
      }
      if (best.size === 0) break;
      const entering: number[] = [];
      for (const list of best.values()) for (const { column } of list) entering.push(column);
      const added = Int32Array.from(entering.sort((a, b) => a - b));
      model.addCols({
        cost: pick(program.objective, added),
        lower: new Float64Array(added.length),
        upper: pick(program.upperBounds, added),
        matrix: columnsMatrix(program, added, rows),
      });
      const next = new Int32Array(active.length + added.length);
      next.set(active);
      next.set(added, active.length);
      active = next;
    }
    const solution = model.getSolution().colValue;
    const values = new Float64Array(total);
    active.forEach((column, position) => {
      values[column] = solution[position];
    });
    return { values, objective: model.getObjectiveValue(), rounds, iterations };
  } finally {
    model.dispose();
  }
}
