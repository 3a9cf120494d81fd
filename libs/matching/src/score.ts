import { Priority } from '@app/domain';
import { memberStateByIso3 } from '@app/geo';
import ISO6391 from 'iso-639-1';

import {
  type MatchGap,
  type MatchOffer,
  type MatchPartnership,
  type PartnershipKind,
} from './instance';
import { type Breakdown } from './result';
import { type Weights } from './weights';

const PRIORITY_VALUE: Record<Priority, number> = {
  [Priority.CRITICAL]: 1,
  [Priority.HIGH]: 0.75,
  [Priority.MEDIUM]: 0.5,
  [Priority.LOW]: 0.25,
};

/** Needed within this many days counts as fully urgent; beyond URGENCY_HORIZON_DAYS, not at all. */
export const URGENT_WITHIN_DAYS = 30;
export const URGENCY_HORIZON_DAYS = 365;
/** The smallest score a candidate gets, so every score is in (0, 1]. */
export const MIN_SCORE = 0.001;

const DAY_MS = 86_400_000;

/*
 * Small memos for the hot path (millions of pairs at scale): a date's day number and a pair of
 * states' region proximity. Both are pure functions of their key; the maps are cleared if they
 * ever grow large, so a long-lived worker cannot leak through them.
 */
const MEMO_LIMIT = 100_000;
const dayNumbers = new Map<string, number>();
const proximities = new Map<string, number>();

function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    dayNumbers.set(date, day);
  }
  return day;
}

function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function round(value: number, digits = 6): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface PairContext {
  asOf: string;
  weights: Weights;
  /** Kind of partnership by `DONOR:MEMBER` key (see partnershipIndex). */
  partnerships: ReadonlyMap<string, PartnershipKind>;
}

export function partnershipKey(donor: string, memberState: string): string {
  return `${donor}:${memberState}`;
}

/** Partnerships by donor–T/PCC key; an existing partnership outranks a past one. */
export function partnershipIndex(
  partnerships: readonly MatchPartnership[],
): Map<string, PartnershipKind> {
  const index = new Map<string, PartnershipKind>();
  for (const { donor, memberState, kind = 'EXISTING' } of partnerships) {
    const key = partnershipKey(donor, memberState);
    if (index.get(key) !== 'EXISTING') index.set(key, kind);
  }
  return index;
}

/** Partnership criterion: 1 existing, 0.5 past, 0 none. */
export const PARTNERSHIP_VALUE: Readonly<Record<PartnershipKind, number>> = {
  EXISTING: 1,
  PAST: 0.5,
};

/** 1 when needed within 30 days (or overdue), falling linearly to 0 at a year. */
export function urgency(asOf: string, neededBy: string): number {
  const days = daysBetween(asOf, neededBy);
  if (days <= URGENT_WITHIN_DAYS) return 1;
  if (days >= URGENCY_HORIZON_DAYS) return 0;
  return (URGENCY_HORIZON_DAYS - days) / (URGENCY_HORIZON_DAYS - URGENT_WITHIN_DAYS);
}

/** Shared languages, and whether one is an official language of the T/PCC (no interpretation). */
function languageFit(
  offer: MatchOffer,
  gap: MatchGap,
): { shared: string[]; native: string | null } {
  const shared = gap.languages.filter((language) => offer.languages.includes(language));
  const official = memberStateByIso3(gap.memberState)?.languages ?? [];
  return { shared, native: shared.find((language) => official.includes(language)) ?? null };
}

/** 1 same M49 sub-region, 0.6 same region, 0.2 otherwise. */
function regionProximity(donor: string, memberState: string): { value: number; label: string } {
  const a = memberStateByIso3(donor);
  const b = memberStateByIso3(memberState);
  if (a && b && a.subRegion.code === b.subRegion.code) {
    return { value: 1, label: `same sub-region (${b.subRegion.name})` };
  }
  if (a && b && a.region.code === b.region.code) {
    return { value: 0.6, label: `same region (${b.region.name})` };
  }
  return { value: 0.2, label: '' };
}

function regionValue(donor: string, memberState: string): number {
  const key = `${donor}:${memberState}`;
  let value = proximities.get(key);
  if (value === undefined) {
    if (proximities.size >= MEMO_LIMIT) proximities.clear();
    value = regionProximity(donor, memberState).value;
    proximities.set(key, value);
  }
  return value;
}

/** Language criterion: 1 when a shared language is official in the T/PCC, else 0.5. */
function languageValue(offer: MatchOffer, gap: MatchGap): number {
  const official = memberStateByIso3(gap.memberState)?.languages ?? [];
  for (const language of gap.languages) {
    if (official.includes(language) && offer.languages.includes(language)) return 1;
  }
  return 0.5;
}

function deliveryModeFit(offer: MatchOffer, gap: MatchGap): { value: number; mode: string | null } {
  const wanted = gap.deliveryModes ?? [];
  const offered = offer.deliveryModes ?? [];
  if (wanted.length === 0 || offered.length === 0) return { value: 0.5, mode: null };
  const mode = wanted.find((candidate) => offered.includes(candidate)) ?? null;
  return { value: mode ? 1 : 0, mode };
}

function languageName(code: string): string {
  return ISO6391.getName(code) || code;
}

export interface PairScore {
  score: number;
  breakdown: Breakdown;
}

/**
 * The score of a candidate pair: the weighted mean of its criteria, each in [0, 1], rounded to six
 * decimals (so every platform computes the same number), and at least MIN_SCORE.
 */
export function scorePair(offer: MatchOffer, gap: MatchGap, context: PairContext): PairScore {
  const partner = context.partnerships.get(partnershipKey(offer.donor, gap.memberState));
  const breakdown: Breakdown = {
    priority: PRIORITY_VALUE[gap.priority],
    urgency: round(urgency(context.asOf, gap.neededBy)),
    capability: offer.capabilities.includes(gap.capability) ? 1 : 0.5,
    language: languageValue(offer, gap),
    region: regionValue(offer.donor, gap.memberState),
    partnership: partner ? PARTNERSHIP_VALUE[partner] : 0,
    deliveryMode: deliveryModeFit(offer, gap).value,
  };
  // Written out rather than looped over CRITERIA: this runs for every pair (millions at scale).
  const w = context.weights;
  const totalWeight =
    w.priority + w.urgency + w.capability + w.language + w.region + w.partnership + w.deliveryMode;
  const weighted =
    w.priority * breakdown.priority +
    w.urgency * breakdown.urgency +
    w.capability * breakdown.capability +
    w.language * breakdown.language +
    w.region * breakdown.region +
    w.partnership * breakdown.partnership +
    w.deliveryMode * breakdown.deliveryMode;
  const score = Math.max(MIN_SCORE, round(totalWeight > 0 ? weighted / totalWeight : 0));
  return { score, breakdown };
}

/** What drove a pair's score, in words a coordinator can read. */
export function explainPair(offer: MatchOffer, gap: MatchGap, context: PairContext): string {
  const exact = offer.capabilities.includes(gap.capability);
  const language = languageFit(offer, gap);
  const region = regionProximity(offer.donor, gap.memberState);
  const partner = context.partnerships.get(partnershipKey(offer.donor, gap.memberState));
  const mode = deliveryModeFit(offer, gap);
  const days = daysBetween(context.asOf, gap.neededBy);
  const spoken = language.native ?? language.shared[0];
  const parts = [
    exact ? `Same capability ${gap.capability}` : `Offer covers the whole ${gap.category} category`,
    `${languageName(spoken)} delivery ${language.native ? 'matches' : `(not an official language of ${gap.memberState})`}`,
    partner ? `${partner.toLowerCase()} ${gap.memberState}–${offer.donor} partnership` : '',
    region.label,
    mode.mode ? `${mode.mode.toLowerCase().replace(/_/g, ' ')} delivery as preferred` : '',
    `${gap.priority} priority`,
    days < 0 ? `needed since ${gap.neededBy}` : `needed within ${days} days`,
  ];
  return parts.filter(Boolean).join('; ');
}
