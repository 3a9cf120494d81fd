import { Category, Priority } from '@app/domain';

import { type MatchGap, type MatchOffer } from './instance';

/** Valid engine inputs in one call, for tests. */
export function gap(overrides: Partial<MatchGap> = {}): MatchGap {
  return {
    id: 'G1',
    memberState: 'RWA',
    category: Category.MEDICAL,
    capability: 'CASEVAC',
    quantity: 10,
    priority: Priority.HIGH,
    languages: ['fr', 'en'],
    neededFrom: '2027-01-01',
    neededBy: '2027-03-31',
    ...overrides,
  };
}

export function offer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: 'O1',
    donor: 'USA',
    category: Category.MEDICAL,
    capabilities: ['CASEVAC'],
    capacity: 20,
    languages: ['en'],
    eligible: [],
    excluded: [],
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
    ...overrides,
  };
}
