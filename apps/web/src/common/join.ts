/**
 * Values separated by ", ", each its own text node: every value stays one catalogue message
 * or one API value, as the browser tests check (e2e/catalogue-text.ts). `lowerRest` starts the
 * values after the first in lower case, as inside a sentence ("In country, remote").
 */
export function joined(values: string[], { lowerRest = false } = {}): string[] {
  return values.flatMap((value, index) =>
    index ? [', ', lowerRest ? value.toLocaleLowerCase() : value] : [value],
  );
}
