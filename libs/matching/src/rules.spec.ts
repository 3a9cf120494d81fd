import { Category } from '@app/domain';

import {
  coversCapability,
  firstFailedRule,
  HARD_RULES,
  hasRemaining,
  isCandidatePair,
  isEligible,
  notDeclined,
  sharesLanguage,
  windowsOverlap,
} from './rules';
import { gap, offer } from './test-fixtures';

describe('hard rules', () => {
  it('rule 1: same category and a listed capability, or a whole-category offer', () => {
    expect(coversCapability(offer(), gap())).toBe(true);
    expect(coversCapability(offer({ capabilities: [] }), gap())).toBe(true);
    expect(coversCapability(offer({ capabilities: ['MEDEVAC'] }), gap())).toBe(false);
    expect(
      coversCapability(offer({ category: Category.TECHNOLOGY, capabilities: [] }), gap()),
    ).toBe(false);
  });

  it('rule 2: a shared language', () => {
    expect(sharesLanguage(offer({ languages: ['en'] }), gap({ languages: ['fr', 'en'] }))).toBe(
      true,
    );
    expect(sharesLanguage(offer({ languages: ['ar'] }), gap({ languages: ['fr', 'en'] }))).toBe(
      false,
    );
  });

  it('rule 3: never the donor itself, never an excluded state, and within the eligible list or region', () => {
    expect(isEligible(offer({ donor: 'RWA' }), gap())).toBe(false);
    expect(isEligible(offer({ excluded: ['RWA'] }), gap())).toBe(false);
    expect(isEligible(offer({ eligible: ['RWA'] }), gap())).toBe(true);
    expect(isEligible(offer({ eligible: ['SEN'] }), gap())).toBe(false);
    expect(isEligible(offer({ eligible: ['014'] }), gap())).toBe(true); // Eastern Africa
    expect(isEligible(offer({ eligible: ['202'] }), gap())).toBe(true); // Sub-Saharan Africa
    expect(isEligible(offer({ eligible: ['002'] }), gap({ memberState: 'NPL' }))).toBe(false);
    expect(isEligible(offer({ eligible: ['142', 'RWA'] }), gap({ memberState: 'NPL' }))).toBe(true);
  });

  it('rule 4: windows overlap, inclusive at both ends', () => {
    expect(
      windowsOverlap(offer({ availableFrom: '2027-03-31', availableTo: '2027-05-01' }), gap()),
    ).toBe(true);
    expect(
      windowsOverlap(offer({ availableFrom: '2026-01-01', availableTo: '2027-01-01' }), gap()),
    ).toBe(true);
    expect(
      windowsOverlap(offer({ availableFrom: '2027-04-01', availableTo: '2027-05-01' }), gap()),
    ).toBe(false);
    expect(
      windowsOverlap(offer({ availableFrom: '2026-01-01', availableTo: '2026-12-31' }), gap()),
    ).toBe(false);
  });

  it('rule 5: both have remaining quantity', () => {
    expect(hasRemaining(offer({ capacity: 0 }), gap())).toBe(false);
    expect(hasRemaining(offer(), gap({ quantity: 0 }))).toBe(false);
    expect(isCandidatePair(offer(), gap())).toBe(true);
  });

  it('a declined pair is never a candidate again, other offers for the gap still are', () => {
    const declined = gap({ declinedOffers: [offer().id] });
    expect(notDeclined(offer(), declined)).toBe(false);
    expect(isCandidatePair(offer(), declined)).toBe(false);
    expect(isCandidatePair(offer({ id: 'another-offer' }), declined)).toBe(true);
  });

  it('names the first rule a pair fails, in the order of DESIGN.md, with rule 3 split in three', () => {
    expect(firstFailedRule(offer(), gap())).toBeNull();
    expect(firstFailedRule(offer({ capabilities: ['MEDEVAC'], languages: ['ar'] }), gap())).toBe(
      'CAPABILITY',
    );
    expect(firstFailedRule(offer({ languages: ['ar'], donor: 'RWA' }), gap())).toBe('LANGUAGE');
    expect(firstFailedRule(offer({ donor: 'RWA', excluded: ['RWA'] }), gap())).toBe('DONOR_ITSELF');
    expect(firstFailedRule(offer({ excluded: ['RWA'], eligible: ['SEN'] }), gap())).toBe(
      'EXCLUDED',
    );
    expect(firstFailedRule(offer({ eligible: ['011'], availableTo: '2026-01-01' }), gap())).toBe(
      'ELIGIBILITY',
    );
    expect(firstFailedRule(offer({ availableTo: '2026-01-01', capacity: 0 }), gap())).toBe(
      'WINDOW',
    );
    expect(firstFailedRule(offer({ capacity: 0 }), gap({ quantity: 0 }))).toBe('NO_DEMAND');
    expect(firstFailedRule(offer({ capacity: 0 }), gap({ declinedOffers: ['O1'] }))).toBe(
      'NO_CAPACITY',
    );
    expect(firstFailedRule(offer(), gap({ declinedOffers: ['O1'] }))).toBe('DECLINED');
    expect(HARD_RULES.map((rule) => rule.code)).toHaveLength(9);
  });
});
