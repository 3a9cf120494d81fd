import { DeliveryMode, Priority } from '@app/domain';

import { explainPair, partnershipIndex, scorePair, urgency } from './score';
import { gap, offer } from './test-fixtures';
import { CRITERIA, DEFAULT_WEIGHTS, type Weights } from './weights';

const context = {
  asOf: '2027-01-01',
  weights: { ...DEFAULT_WEIGHTS },
  partnerships: partnershipIndex([]),
};

describe('score', () => {
  it('urgency is 1 within 30 days, 0 beyond a year, linear between', () => {
    expect(urgency('2027-01-01', '2027-01-31')).toBe(1);
    expect(urgency('2027-01-01', '2026-12-01')).toBe(1);
    expect(urgency('2027-01-01', '2028-01-01')).toBe(0);
    expect(urgency('2027-01-01', '2027-07-17')).toBeCloseTo((365 - 197) / 335, 10);
  });

  it('values each criterion and explains the pair', () => {
    const pairOffer = offer({ languages: ['fr'], deliveryModes: [DeliveryMode.MOBILE_TEAM] });
    const pairGap = gap({
      priority: Priority.CRITICAL,
      neededBy: '2027-01-20',
      deliveryModes: [DeliveryMode.MOBILE_TEAM],
    });
    const partnered = {
      ...context,
      partnerships: partnershipIndex([{ donor: 'USA', memberState: 'RWA' }]),
    };
    const result = scorePair(pairOffer, pairGap, partnered);
    expect(result.breakdown).toEqual({
      priority: 1,
      urgency: 1,
      capability: 1,
      language: 1,
      region: 0.2,
      partnership: 1,
      deliveryMode: 1,
    });
    // 0.25 + 0.15 + 0.15 + 0.15 + 0.1 * 0.2 + 0.1 + 0.1
    expect(result.score).toBe(0.92);
    expect(explainPair(pairOffer, pairGap, partnered)).toBe(
      'Same capability CASEVAC; French delivery matches; existing RWA–USA partnership; mobile team delivery as preferred; CRITICAL priority; needed within 19 days',
    );
  });

  it('scores a whole-category offer, interpretation, a neighbour and a mode mismatch lower', () => {
    const result = scorePair(
      offer({
        donor: 'KEN',
        capabilities: [],
        languages: ['en'],
        deliveryModes: [DeliveryMode.REMOTE],
      }),
      gap({ memberState: 'RWA', languages: ['en'], deliveryModes: [DeliveryMode.IN_COUNTRY] }),
      context,
    );
    expect(result.breakdown).toMatchObject({
      capability: 0.5,
      language: 1,
      region: 1,
      deliveryMode: 0,
    });
    const interpreted = scorePair(
      offer({ languages: ['en'] }),
      gap({ memberState: 'SEN', languages: ['en'] }),
      context,
    );
    expect(interpreted.breakdown.language).toBe(0.5);
    expect(
      explainPair(
        offer({ languages: ['en'] }),
        gap({ memberState: 'SEN', languages: ['en'] }),
        context,
      ),
    ).toContain('English delivery (not an official language of SEN)');
    expect(scorePair(offer({ donor: 'EGY' }), gap(), context).breakdown.region).toBe(0.6);
  });

  it('values an existing partnership 1, a past one 0.5, none 0; existing wins over past', () => {
    const partnershipOf = (partnerships: Parameters<typeof partnershipIndex>[0]) =>
      scorePair(offer(), gap(), { ...context, partnerships: partnershipIndex(partnerships) })
        .breakdown.partnership;
    expect(partnershipOf([])).toBe(0);
    expect(partnershipOf([{ donor: 'USA', memberState: 'SEN' }])).toBe(0);
    expect(partnershipOf([{ donor: 'RWA', memberState: 'USA' }])).toBe(0); // direction matters
    expect(partnershipOf([{ donor: 'USA', memberState: 'RWA' }])).toBe(1);
    expect(partnershipOf([{ donor: 'USA', memberState: 'RWA', kind: 'PAST' }])).toBe(0.5);
    expect(
      partnershipOf([
        { donor: 'USA', memberState: 'RWA', kind: 'EXISTING' },
        { donor: 'USA', memberState: 'RWA', kind: 'PAST' },
      ]),
    ).toBe(1);
    expect(
      explainPair(offer(), gap(), {
        ...context,
        partnerships: partnershipIndex([{ donor: 'USA', memberState: 'RWA', kind: 'PAST' }]),
      }),
    ).toContain('past RWA–USA partnership');
  });

  it.each(CRITERIA)('counts %s in the score with its weight alone', (criterion) => {
    const pairOffer = offer({
      donor: 'KEN',
      capabilities: [],
      deliveryModes: [DeliveryMode.REMOTE],
    });
    const pairGap = gap({ neededBy: '2027-06-30', deliveryModes: [DeliveryMode.REMOTE] });
    const only = Object.fromEntries(CRITERIA.map((c) => [c, c === criterion ? 3 : 0])) as Weights;
    const withPartner = {
      ...context,
      weights: only,
      partnerships: partnershipIndex([{ donor: 'KEN', memberState: 'RWA', kind: 'PAST' }]),
    };
    const { score, breakdown } = scorePair(pairOffer, pairGap, withPartner);
    expect(breakdown[criterion]).toBeGreaterThan(0);
    expect(score).toBe(Math.max(0.001, breakdown[criterion]));
  });

  it('keeps every score in (0, 1] and follows the weights', () => {
    const zero = {
      ...context,
      weights: {
        ...DEFAULT_WEIGHTS,
        priority: 0,
        urgency: 0,
        capability: 0,
        language: 0,
        region: 0,
        partnership: 1,
        deliveryMode: 0,
      },
    };
    expect(scorePair(offer(), gap(), zero).score).toBe(0.001);
    const onlyPriority = { ...context, weights: { ...zero.weights, partnership: 0, priority: 2 } };
    expect(scorePair(offer(), gap({ priority: Priority.MEDIUM }), onlyPriority).score).toBe(0.5);
  });
});
