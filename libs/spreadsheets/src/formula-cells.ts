/**
 * Exported files are safe to open (CSV injection, OWASP): a text cell that a spreadsheet would
 * take for a formula, one starting with `=`, `+`, `-`, `@`, tab or carriage return, is written
 * with a leading `'`, which spreadsheets read as "this is text". A text made of quotes then one of
 * those characters gets one more quote too, so an import can undo exactly what the export did:
 * it removes one leading quote from a cell made of quotes then one of those characters. Numbers
 * are written as numbers and never escaped.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** The text as an export writes it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text an export wrote as `cell` (the inverse of `neutraliseFormula`). */
export function restoreFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
