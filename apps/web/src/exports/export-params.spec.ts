import { gapFilterOf, readGapListState } from '../gaps/gap-filters';
import { exportParamsOf } from './export-params';

describe('exportParamsOf', () => {
  it('gives the register URL state’s filter as the export’s parameters', () => {
    const state = readGapListState(
      new URLSearchParams(
        'q=casevac&status=OPEN,DRAFT&category=MEDICAL&tpcc=bgd&mission=minusca&language=fr&sort=TITLE&size=20&after=abc',
      ),
    );
    expect(Object.fromEntries(exportParamsOf(gapFilterOf(state)))).toEqual({
      search: 'casevac',
      status: 'OPEN,DRAFT',
      category: 'MEDICAL',
      memberState: 'BGD',
      mission: 'MINUSCA',
      language: 'fr',
    });
  });

  it('leaves out empty lists and keeps booleans', () => {
    expect(exportParamsOf({ status: [], withoutProposal: true }).toString()).toBe(
      'withoutProposal=true',
    );
  });

  it('refuses a filter field the export cannot take rather than exporting more rows', () => {
    expect(() => exportParamsOf({ neededBy: { from: '2027-01-01' } })).toThrow(/neededBy/);
  });
});
