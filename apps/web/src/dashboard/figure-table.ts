import { type CsvCell } from './csv';

/** A column of a panel's table; numeric cells are formatted for the locale on screen. */
export interface FigureColumn {
  label: string;
  numeric?: boolean;
}

/**
 * The numbers of a panel, once: its table shows them and its CSV download writes them, so the
 * two never differ (the chart is drawn from the same report).
 */
export interface FigureTable {
  caption: string;
  /** The CSV file's name, without extension. */
  fileName: string;
  columns: FigureColumn[];
  rows: CsvCell[][];
  /** A link for the first cell of a row (same order as rows), e.g. the gap's page. */
  rowLinks?: (string | undefined)[];
  /** A last row of totals, shown in the table's footer and written last in the CSV. */
  totals?: CsvCell[];
}

/** The rows the CSV writes: the body, then the totals. */
export function csvRowsOf(table: FigureTable): CsvCell[][] {
  return table.totals ? [...table.rows, table.totals] : table.rows;
}
