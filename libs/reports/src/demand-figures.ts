/**
 * The figures the coverage and language-fit reports both give for a set of gaps (demand, how far
 * proposals and partnerships cover it), as their SQL rows name them and as GraphQL names them.
 */
export interface DemandSqlFigures {
  gaps: number;
  demand: number;
  proposed: number;
  confirmed: number;
  unmet: number;
  covered_percent: number | null;
}

export interface DemandFigures {
  gaps: number;
  demand: number;
  proposed: number;
  confirmed: number;
  unmet: number;
  coveredPercent: number | null;
}

export function demandFigures(row: DemandSqlFigures): DemandFigures {
  return {
    gaps: row.gaps,
    demand: row.demand,
    proposed: row.proposed,
    confirmed: row.confirmed,
    unmet: row.unmet,
    coveredPercent: row.covered_percent,
  };
}

/** The figures of no gaps at all. */
export const NO_DEMAND: DemandFigures = {
  gaps: 0,
  demand: 0,
  proposed: 0,
  confirmed: 0,
  unmet: 0,
  coveredPercent: null,
};
