import { neutraliseFormula, toCsv } from './csv';

describe('CSV of a dashboard table', () => {
  it('quotes commas, quotes and line breaks, and leaves plain cells bare', () => {
    expect(
      toCsv(
        ['Name', 'Units'],
        [
          ['Level 2, hospital', 16],
          ['The "team"\nnew', null],
        ],
      ),
    ).toBe('Name,Units\r\n"Level 2, hospital",16\r\n"The ""team""\nnew",\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+33 1', `'+33 1`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ["'=already", `''=already`],
    ['a=b', 'a=b'],
  ])('neutralises the text %j as %j', (text, cell) => {
    expect(toCsv(['x'], [[text]]).split('\r\n')[1]).toBe(cell);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(toCsv(['n'], [[-3], [16.7]])).toBe('n\r\n-3\r\n16.7\r\n');
    expect(neutraliseFormula('-3')).toBe(`'-3`);
  });
});
