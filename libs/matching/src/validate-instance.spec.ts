import { validateInstance } from './validate-instance';

const valid = () => ({
  asOf: '2027-01-01',
  gaps: [
    {
      id: 'G-1',
      memberState: 'RWA',
      category: 'MEDICAL',
      capability: 'CASEVAC',
      quantity: 5,
      priority: 'HIGH',
      languages: ['fr'],
      neededFrom: '2027-01-01',
      neededBy: '2027-02-01',
      note: 'extra fields are fine',
    },
  ],
  offers: [
    {
      id: 'O-1',
      donor: 'USA',
      category: 'MEDICAL',
      capabilities: [],
      capacity: 10,
      languages: ['fr'],
      eligible: ['002'],
      excluded: [],
      availableFrom: '2027-01-01',
      availableTo: '2027-06-01',
    },
  ],
});

type Mutation = (instance: ReturnType<typeof valid>) => void;

describe('validateInstance', () => {
  it('accepts a valid instance with extra fields', () => {
    expect(validateInstance(valid()).gaps[0].id).toBe('G-1');
  });

  it.each<[string, Mutation, string]>([
    [
      'a missing field',
      (i) => delete (i.gaps[0] as Partial<(typeof i.gaps)[0]>).quantity,
      'gaps[0] (id "G-1").quantity: is required',
    ],
    [
      'an unknown category',
      (i) => (i.gaps[0].category = 'COOKING'),
      'gaps[0] (id "G-1").category: unknown category "COOKING"',
    ],
    [
      'a quantity of zero',
      (i) => (i.gaps[0].quantity = 0),
      'gaps[0] (id "G-1").quantity: must be a positive integer (got 0)',
    ],
    [
      'a fractional capacity',
      (i) => (i.offers[0].capacity = 1.5),
      'offers[0] (id "O-1").capacity: must be a positive integer (got 1.5)',
    ],
    [
      'a window that ends before it starts',
      (i) => (i.gaps[0].neededBy = '2026-12-31'),
      'gaps[0] (id "G-1").neededBy: 2026-12-31 is before neededFrom 2027-01-01',
    ],
    [
      'an impossible date',
      (i) => (i.offers[0].availableTo = '2027-02-30'),
      'offers[0] (id "O-1").availableTo: must be a date YYYY-MM-DD (got "2027-02-30")',
    ],
    [
      'an unknown country',
      (i) => (i.gaps[0].memberState = 'XKX'),
      'gaps[0] (id "G-1").memberState: "XKX" is not the ISO 3166 alpha-3 code of a UN member state',
    ],
    [
      'an unknown eligible region',
      (i) => (i.offers[0].eligible = ['999']),
      'offers[0] (id "O-1").eligible[0]: must be a member state (ISO3) or an M49 region code (got "999")',
    ],
    [
      'a bad language',
      (i) => (i.offers[0].languages = ['fra']),
      'offers[0] (id "O-1").languages[0]: must be an ISO 639-1 language code (got "fra")',
    ],
    [
      'a duplicate id',
      (i) => i.gaps.push({ ...i.gaps[0] }),
      'gaps[1] (id "G-1").id: duplicate id "G-1"',
    ],
    [
      'a budget without cost',
      (i) => Object.assign(i.offers[0], { budget: 100 }),
      'offers[0] (id "O-1").costPerUnit: is required when budget is given',
    ],
  ])('rejects %s, naming the item and field', (_case, mutate, message) => {
    const instance = valid();
    mutate(instance);
    expect(() => validateInstance(instance)).toThrow(message);
  });

  it('accepts partnerships with or without a kind, and rejects an unknown kind', () => {
    const partnerships = [
      { donor: 'USA', memberState: 'RWA' },
      { donor: 'FRA', memberState: 'SEN', kind: 'PAST' },
    ];
    expect(validateInstance({ ...valid(), partnerships }).partnerships).toEqual(partnerships);
    expect(() =>
      validateInstance({
        ...valid(),
        partnerships: [{ donor: 'USA', memberState: 'RWA', kind: 'FUTURE' }],
      }),
    ).toThrow('partnerships[0].kind: must be one of EXISTING, PAST');
    expect(() =>
      validateInstance({ ...valid(), partnerships: [{ donor: 'USA', memberState: 'XXX' }] }),
    ).toThrow('partnerships[0].memberState');
  });

  it('rejects weights that are all zero', () => {
    const zero = { priority: 0, urgency: 0, capability: 0, language: 0, region: 0 };
    expect(() =>
      validateInstance({ ...valid(), weights: { ...zero, partnership: 0, deliveryMode: 0 } }),
    ).toThrow('instance.weights: at least one weight must be positive');
    expect(validateInstance({ ...valid(), weights: zero }).weights).toEqual(zero);
  });

  it('rejects unknown or negative weights', () => {
    expect(() => validateInstance({ ...valid(), weights: { luck: 1 } })).toThrow(
      'instance.weights.luck: unknown criterion',
    );
    expect(() => validateInstance({ ...valid(), weights: { priority: -1 } })).toThrow(
      'instance.weights.priority: must be a number ≥ 0',
    );
  });
});
