import highsLoader, { type Highs } from 'highs';

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader();
  return runtime;
}

/** A linear program in the shape HiGHS takes: maximise c·x, rows as upper bounds, CSC matrix. */
export interface LinearProgram {
  objective: Float64Array;
  upperBounds: Float64Array;
  rowUpper: Float64Array;
  columnStarts: Int32Array;
  rowIndices: Int32Array;
  values: Float64Array;
  /** Columns that must take integer values (1) or may be continuous (0); absent = pure LP. */
  integrality?: Int32Array;
}

export interface SolvedProgram {
  values: Float64Array;
  objective: number;
}

/**
 * Solves exactly: the simplex method for a pure LP (whose optimal vertex is integral for a
 * transportation problem), branch and bound with zero optimality gap when variables are integer.
 */
export function solveLinearProgram(highs: Highs, program: LinearProgram): SolvedProgram {
  const columns = program.objective.length;
  const rows = program.rowUpper.length;
  return highs.withModel(
    {
      numCols: columns,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: program.objective,
      colLower: new Float64Array(columns),
      colUpper: program.upperBounds,
      rowLower: new Float64Array(rows).fill(-highs.infinity),
      rowUpper: program.rowUpper,
      matrix: {
        format: 'csc',
        numRows: rows,
        numCols: columns,
        starts: program.columnStarts,
        indices: program.rowIndices,
        values: program.values,
      },
      integrality: program.integrality,
    },
    (model) => {
      model.options.set({
        output_flag: false,
        solver: program.integrality ? 'choose' : 'simplex',
        mip_rel_gap: 0,
        mip_abs_gap: 0,
      });
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal) {
        throw new Error(`HiGHS did not reach an optimum (model status ${modelStatus})`);
      }
      return {
        values: Float64Array.from(model.getSolution().colValue),
        objective: model.getObjectiveValue(),
      };
    },
  );
}
