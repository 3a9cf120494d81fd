/** A table's cell as exported: numbers stay numbers, null is an empty cell. */
export type CsvCell = string | number | null;

/**
 * A text cell a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return, possibly after quotes) gets a leading `'`, as the API's exports do
 * (libs/spreadsheets/src/formula-cells.ts). Numbers are written as numbers, never escaped.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a header and rows (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Saves a CSV text as a file the browser downloads (UTF-8 with a BOM, for spreadsheets). */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
