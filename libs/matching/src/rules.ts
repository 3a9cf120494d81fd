import { isInRegion } from '@app/geo';

import { type MatchGap, type MatchOffer } from './instance';

/*
 * The hard rules of DESIGN.md § Matching. A gap and an offer form a candidate pair only if all
 * hold. Rule 1 (category and capability) is applied by the candidate index. Rules 3 and 5 are each
 * the conjunction of smaller rules, so that diagnostics can name the one that fails (HARD_RULES).
 */

/** Rule 1: same category, and the offer lists the gap's capability or lists none. */
export function coversCapability(offer: MatchOffer, gap: MatchGap): boolean {
  return (
    offer.category === gap.category &&
    (offer.capabilities.length === 0 || offer.capabilities.includes(gap.capability))
  );
}

/** Rule 2: at least one of the gap's accepted languages is a delivery language of the offer. */
export function sharesLanguage(offer: MatchOffer, gap: MatchGap): boolean {
  return gap.languages.some((language) => offer.languages.includes(language));
}

/** Rule 3a: a donor never serves its own gaps. */
export function isNotDonor(offer: MatchOffer, gap: MatchGap): boolean {
  return gap.memberState !== offer.donor;
}

/** Rule 3b: the T/PCC is not in the offer's excluded list. */
export function isNotExcluded(offer: MatchOffer, gap: MatchGap): boolean {
  return !offer.excluded.includes(gap.memberState);
}

/** Rule 3c: the T/PCC is listed, or lies in a listed M49 region, when the offer restricts eligibility. */
export function isInEligibleArea(offer: MatchOffer, gap: MatchGap): boolean {
  return (
    offer.eligible.length === 0 ||
    offer.eligible.some((entry) => entry === gap.memberState || isInRegion(gap.memberState, entry))
  );
}

/**
 * Rule 3: the T/PCC is not the donor, not excluded, and is eligible (listed, or inside a listed
 * M49 region) when the offer restricts eligibility.
 */
export function isEligible(offer: MatchOffer, gap: MatchGap): boolean {
  return isNotDonor(offer, gap) && isNotExcluded(offer, gap) && isInEligibleArea(offer, gap);
}

/** Rule 4: the window of need and the availability window overlap (both inclusive). */
export function windowsOverlap(offer: MatchOffer, gap: MatchGap): boolean {
  return gap.neededFrom <= offer.availableTo && offer.availableFrom <= gap.neededBy;
}

/** Rule 5a: the gap still has demand to cover. */
export function gapHasDemand(_offer: MatchOffer, gap: MatchGap): boolean {
  return gap.quantity > 0;
}

/** Rule 5b: the offer still has capacity to give. */
export function offerHasCapacity(offer: MatchOffer): boolean {
  return offer.capacity > 0;
}

/** Rule 5: both still have something to give or take. */
export function hasRemaining(offer: MatchOffer, gap: MatchGap): boolean {
  return gapHasDemand(offer, gap) && offerHasCapacity(offer);
}

/** The service's sixth rule: a pair either party declined is never proposed again. */
export function notDeclined(offer: MatchOffer, gap: MatchGap): boolean {
  return !gap.declinedOffers?.includes(offer.id);
}

/** The code of each hard rule (rules 3 and 5 split into their parts). */
export type HardRule =
  | 'CAPABILITY'
  | 'LANGUAGE'
  | 'DONOR_ITSELF'
  | 'EXCLUDED'
  | 'ELIGIBILITY'
  | 'WINDOW'
  | 'NO_DEMAND'
  | 'NO_CAPACITY'
  | 'DECLINED';

/**
 * Every hard rule, in the order of DESIGN.md (1 to 5, then the service's sixth): a pair is a
 * candidate when all hold, and the first that fails is the reason it is not.
 */
export const HARD_RULES: readonly {
  code: HardRule;
  holds: (offer: MatchOffer, gap: MatchGap) => boolean;
}[] = [
  { code: 'CAPABILITY', holds: coversCapability },
  { code: 'LANGUAGE', holds: sharesLanguage },
  { code: 'DONOR_ITSELF', holds: isNotDonor },
  { code: 'EXCLUDED', holds: isNotExcluded },
  { code: 'ELIGIBILITY', holds: isInEligibleArea },
  { code: 'WINDOW', holds: windowsOverlap },
  { code: 'NO_DEMAND', holds: gapHasDemand },
  { code: 'NO_CAPACITY', holds: offerHasCapacity },
  { code: 'DECLINED', holds: notDeclined },
];

/** The first hard rule the pair fails, or null for a candidate pair. */
export function firstFailedRule(offer: MatchOffer, gap: MatchGap): HardRule | null {
  return HARD_RULES.find((rule) => !rule.holds(offer, gap))?.code ?? null;
}

/** All the rules. */
export function isCandidatePair(offer: MatchOffer, gap: MatchGap): boolean {
  return firstFailedRule(offer, gap) === null;
}
