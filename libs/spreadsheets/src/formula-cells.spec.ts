import fc from 'fast-check';

import { neutraliseFormula, restoreFormula } from './formula-cells';

describe('formula cells (CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    [`'=already quoted`, `''=already quoted`],
    ['Plain text', 'Plain text'],
    [`'Tis the season`, `'Tis the season`],
    ['a=b', 'a=b'],
  ])('%j is exported as %j and restored on import', (text, exported) => {
    expect(neutraliseFormula(text)).toBe(exported);
    expect(restoreFormula(exported)).toBe(text);
  });

  it('round-trips any text, and no exported text starts a formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^'*[=+\-@\t\r'a].*$/)), (text) => {
        const exported = neutraliseFormula(text);
        expect(restoreFormula(exported)).toBe(text);
        expect(exported).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
