import { pledgeFilterOf, readPledgeListState, writePledgeListState } from './pledge-filters';

describe('the pledge register in the URL', () => {
  it('reads filters, drops unknown enum values and upper-cases state codes', () => {
    const state = readPledgeListState(
      new URLSearchParams(
        'ministerial=m1,m2&state=usa&status=COMMITTED,NOPE&kind=MEDICAL&flag=NOTHING_LINKED',
      ),
    );
    expect(state).toEqual({
      ministerial: ['m1', 'm2'],
      state: ['USA'],
      status: ['COMMITTED'],
      kind: ['MEDICAL'],
      flag: ['NOTHING_LINKED'],
      after: undefined,
    });
    expect(pledgeFilterOf(state)).toEqual({
      ministerial: ['m1', 'm2'],
      state: ['USA'],
      status: ['COMMITTED'],
      kind: ['MEDICAL'],
      flag: ['NOTHING_LINKED'],
    });
  });

  it('writes back what it read, and nothing for an empty filter', () => {
    const query = 'ministerial=m1&state=GBR&status=ANNOUNCED%2CWITHDRAWN&after=abc';
    expect(writePledgeListState(readPledgeListState(new URLSearchParams(query))).toString()).toBe(
      query,
    );
    const empty = readPledgeListState(new URLSearchParams());
    expect(writePledgeListState(empty).toString()).toBe('');
    expect(pledgeFilterOf(empty)).toEqual({});
  });
});
