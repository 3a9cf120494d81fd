import { parse } from 'graphql';

import { OperationLabels, OTHER_OPERATION, UNKNOWN_OPERATION } from './operation-label';

describe('OperationLabels', () => {
  it('names an operation by its name, or an anonymous one by its first root field', () => {
    const labels = new OperationLabels();
    expect(labels.of(parse('query Gaps { gaps { totalCount } }'))).toBe('Gaps');
    expect(labels.of(parse('{ offers { totalCount } gaps { totalCount } }'))).toBe('offers');
  });

  it('picks the requested operation of a document with several', () => {
    const labels = new OperationLabels();
    const document = parse('query A { gaps { totalCount } } query B { offers { totalCount } }');
    expect(labels.of(document, 'B')).toBe('B');
    expect(labels.of(document)).toBe(UNKNOWN_OPERATION);
    expect(labels.of(document, 'C')).toBe(UNKNOWN_OPERATION);
  });

  it('gives new names beyond the cap one shared label, keeping the names already seen', () => {
    const labels = new OperationLabels(2);
    expect(labels.of(parse('query A { a }'))).toBe('A');
    expect(labels.of(parse('query B { a }'))).toBe('B');
    expect(labels.of(parse('query C { a }'))).toBe(OTHER_OPERATION);
    expect(labels.of(parse('query A { b }'))).toBe('A');
  });
});
