import { gapFilterOf, readGapListState, writeGapListState } from './gap-filters';

describe('gap register state in the URL', () => {
  it('reads filters, sort and page back from the query it wrote', () => {
    const state = readGapListState(
      new URLSearchParams(
        'q=casevac&status=OPEN,DRAFT&priority=HIGH&category=MEDICAL&tpcc=rwa&mission=minusca&language=FR&sort=PRIORITY&dir=ASC&size=20&after=abc',
      ),
    );
    expect(state).toMatchObject({
      search: 'casevac',
      status: ['OPEN', 'DRAFT'],
      memberState: ['RWA'],
      mission: ['MINUSCA'],
      language: ['fr'],
      sort: 'PRIORITY',
      direction: 'ASC',
      size: 20,
      after: 'abc',
    });
    expect(readGapListState(writeGapListState(state))).toEqual(state);
  });

  it('drops values the API would refuse, and a search shorter than 2 characters', () => {
    const state = readGapListState(new URLSearchParams('status=NOPE,OPEN&sort=X&size=7&q=a'));
    expect(state.status).toEqual(['OPEN']);
    expect(state.sort).toBe('CREATED_AT');
    expect(state.size).toBe(50);
    expect(gapFilterOf(state)).toEqual({ status: ['OPEN'] });
    expect(writeGapListState(state).toString()).toBe('q=a&status=OPEN');
  });
});
