import { Role } from '@app/domain';

import { demandOver, type DuplicatedGroup, type NeedGap } from './duplicated-support';
import { DuplicatedSupportPolicy } from './duplicated-support.policy';
import { groupMessage, warningMessage } from './duplicated-support.words';

const need = (overrides: Partial<NeedGap>): NeedGap => ({
  id: 'g',
  memberState: 'RWA',
  category: 'MEDICAL',
  capability: 'CASEVAC',
  mission: 'MINUSCA',
  unitType: 'Infantry battalion',
  quantity: 40,
  neededFrom: '2027-01-15',
  neededBy: '2027-06-30',
  ...overrides,
});

describe('demandOver', () => {
  const window = { from: '2027-01-01', to: '2027-12-31' };

  it('counts one need logged twice once (the largest), separate needs each', () => {
    expect(demandOver([need({}), need({ quantity: 50, neededFrom: '2027-03-01' })], window)).toBe(
      50,
    );
    expect(demandOver([need({}), need({ unitType: 'Engineering company' })], window)).toBe(80);
    expect(demandOver([need({}), need({ mission: null })], window)).toBe(80);
  });

  it('counts the same unit’s needs at different times each, and only those in the window', () => {
    const january = need({ neededFrom: '2027-01-01', neededBy: '2027-01-31' });
    const october = need({ neededFrom: '2027-10-01', neededBy: '2027-10-31', quantity: 10 });
    expect(demandOver([january, october], window)).toBe(50);
    expect(demandOver([january, october], { from: '2027-09-01', to: '2027-12-31' })).toBe(10);
  });
});

describe('duplication words and who sees which donors', () => {
  const group: DuplicatedGroup = {
    memberState: 'RWA',
    category: 'MEDICAL',
    capability: 'CASEVAC',
    from: '2027-01-15',
    to: '2027-06-30',
    donors: ['GBR', 'USA'],
    units: 80,
    demand: 40,
    excess: 40,
    items: [],
  };
  const actor = (role: Role, memberState: string | null) => ({
    userId: 'u',
    email: 'e',
    role,
    memberState,
  });

  it('names every donor to staff and to the T/PCC, only its own state to a donor', () => {
    expect(DuplicatedSupportPolicy.donorsShown(actor(Role.TPCC, 'RWA'), group.donors)).toEqual([
      'GBR',
      'USA',
    ]);
    const shown = DuplicatedSupportPolicy.donorsShown(actor(Role.DONOR, 'USA'), group.donors);
    expect(shown).toEqual(['USA']);
    expect(warningMessage(group, shown)).toBe(
      'Possible duplicated support: with this proposal, Rwanda (RWA) gets or is proposed 80 units of CASEVAC from United States (USA) and 1 other donor between 2027-01-15 and 2027-06-30, 40 more than its demand of 40. Check before confirming.',
    );
    expect(groupMessage(group)).toBe(
      'Rwanda (RWA) gets or is proposed 80 units of CASEVAC from United Kingdom (GBR) and United States (USA) between 2027-01-15 and 2027-06-30, 40 more than its demand of 40.',
    );
  });
});
