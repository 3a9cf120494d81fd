import { stripSuggestions } from './suggestions';

describe('stripSuggestions', () => {
  it.each([
    [
      'Cannot query field "gapz" on type "Query". Did you mean "gap" or "gaps"?',
      'Cannot query field "gapz" on type "Query".',
    ],
    [
      'Unknown argument "frist" on field "Query.gaps". Did you mean "first"?',
      'Unknown argument "frist" on field "Query.gaps".',
    ],
    [
      'Variable "$f" got invalid value "OPN" at "f.status[0]"; Value "OPN" does not exist in "GapStatus" enum. Did you mean the enum value "OPEN"?',
      'Variable "$f" got invalid value "OPN" at "f.status[0]"; Value "OPN" does not exist in "GapStatus" enum.',
    ],
    ['Syntax Error: Expected Name, found "}".', 'Syntax Error: Expected Name, found "}".'],
  ])('%s', (message, stripped) => {
    expect(stripSuggestions(message)).toBe(stripped);
  });
});
