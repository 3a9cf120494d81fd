import {
  CAPABILITY_CATALOGUE,
  CATEGORIES,
  type Category,
  DELIVERY_MODES,
  Priority,
} from '@app/domain';
import { UN_MEMBER_STATES } from '@app/geo';

import {
  type MatchGap,
  type MatchInstance,
  type MatchOffer,
  type MatchPartnership,
} from '../src/instance';

/** mulberry32: a small seeded PRNG, so a seed always gives the same instance. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt', 'ru'];
const LANGUAGE_WEIGHTS = [0.45, 0.3, 0.1, 0.07, 0.05, 0.03];
const REGIONS = ['002', '142', '019', '150', '202', '014', '011', '017', '034', '035'];
const PRIORITIES = [Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW];
const DONORS = [
  'USA',
  'GBR',
  'FRA',
  'DEU',
  'JPN',
  'CAN',
  'NLD',
  'KOR',
  'CHN',
  'NOR',
  'AUS',
  'CHE',
  'BEL',
  'IRL',
  'SWE',
  'MAR',
  'BRA',
  'IND',
  'ITA',
  'ESP',
];

function day(offset: number): string {
  return new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

export interface GenerateOptions {
  /** Categories to draw gaps and offers from (default: all); one category makes pairs compete. */
  categories?: readonly Category[];
}

/**
 * A random but realistic instance: every category, 7–10 capabilities each, offers listing one to
 * three capabilities (a quarter cover a whole category), one to three languages weighted towards
 * English and French, eligibility open, by region or by country list, windows over two years,
 * and a budget on some offers.
 */
export function generateInstance(
  gapCount: number,
  offerCount: number,
  seed = 42,
  options: GenerateOptions = {},
): MatchInstance {
  const categories = options.categories ?? CATEGORIES;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const weighted = (): string => {
    let r = random();
    for (let i = 0; i < LANGUAGES.length; i += 1) {
      r -= LANGUAGE_WEIGHTS[i];
      if (r <= 0) return LANGUAGES[i];
    }
    return 'en';
  };
  const languages = (max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, weighted)),
  ];
  const states = UN_MEMBER_STATES.map((state) => state.iso3);

  const gaps: MatchGap[] = Array.from({ length: gapCount }, (_, index) => {
    const category = pick(categories);
    const from = Math.floor(random() * 600);
    return {
      id: `G${String(index).padStart(6, '0')}`,
      memberState: pick(states),
      category,
      capability: pick(CAPABILITY_CATALOGUE[category]).code,
      quantity: 1 + Math.floor(random() * 60),
      priority: pick(PRIORITIES),
      languages: languages(2),
      neededFrom: day(from),
      neededBy: day(from + 30 + Math.floor(random() * 240)),
      deliveryModes: random() < 0.5 ? [pick(DELIVERY_MODES)] : [],
    };
  });

  const offers: MatchOffer[] = Array.from({ length: offerCount }, (_, index) => {
    const category = pick(categories);
    const catalogue = CAPABILITY_CATALOGUE[category];
    const capabilities =
      random() < 0.25
        ? []
        : [
            ...new Set(
              Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(catalogue).code),
            ),
          ];
    const eligibility = random();
    const from = Math.floor(random() * 500);
    const costPerUnit = random() < 0.15 ? 100 + Math.floor(random() * 4900) : null;
    const capacity = 20 + Math.floor(random() * 400);
    return {
      id: `O${String(index).padStart(5, '0')}`,
      donor: pick(DONORS),
      category,
      capabilities,
      capacity,
      languages: languages(3),
      eligible:
        eligibility < 0.5
          ? []
          : eligibility < 0.8
            ? [pick(REGIONS)]
            : Array.from({ length: 10 }, () => pick(states)).filter(
                (s, i, a) => a.indexOf(s) === i,
              ),
      excluded: random() < 0.1 ? [pick(states)] : [],
      availableFrom: day(from),
      availableTo: day(from + 120 + Math.floor(random() * 480)),
      costPerUnit,
      budget: costPerUnit ? Math.round(costPerUnit * capacity * (0.3 + random() * 0.6)) : null,
      deliveryModes: [pick(DELIVERY_MODES), pick(DELIVERY_MODES)].filter(
        (m, i, a) => a.indexOf(m) === i,
      ),
    };
  });

  const partnerships = Array.from(
    { length: Math.floor(gapCount / 50) },
    (_, index): MatchPartnership => ({
      donor: pick(DONORS),
      memberState: pick(states),
      kind: index % 3 === 0 ? 'PAST' : 'EXISTING',
    }),
  );
  return { asOf: '2026-12-01', gaps, offers, partnerships };
}
