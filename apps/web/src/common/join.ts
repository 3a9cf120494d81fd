/**
 * Values separated by ", ", each its own text node: every value stays one catalogue message
 * or one API value, as the browser tests check (e2e/catalogue-text.ts).
 */
export function joined(values: string[]): string[] {
  return values.flatMap((value, index) => (index ? [', ', value] : [value]));
}
