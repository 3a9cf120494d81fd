import { isInRegion } from '@app/geo';

import { type MatchGap, type MatchOffer } from './instance';

/*
 * The hard rules of DESIGN.md § Matching. A gap and an offer form a candidate pair only if all
 * hold. Rule 1 (category and capability) is applied by the candidate index.
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

/**
 * Rule 3: the T/PCC is not the donor, not excluded, and is eligible (listed, or inside a listed
 * M49 region) when the offer restricts eligibility.
 */
export function isEligible(offer: MatchOffer, gap: MatchGap): boolean {
  if (gap.memberState === offer.donor || offer.excluded.includes(gap.memberState)) return false;
  return (
    offer.eligible.length === 0 ||
    offer.eligible.some((entry) => entry === gap.memberState || isInRegion(gap.memberState, entry))
  );
}

/** Rule 4: the window of need and the availability window overlap (both inclusive). */
export function windowsOverlap(offer: MatchOffer, gap: MatchGap): boolean {
  return gap.neededFrom <= offer.availableTo && offer.availableFrom <= gap.neededBy;
}

/** Rule 5: both still have something to give or take. */
export function hasRemaining(offer: MatchOffer, gap: MatchGap): boolean {
  return gap.quantity > 0 && offer.capacity > 0;
}

/** The service's sixth rule: a pair either party declined is never proposed again. */
export function notDeclined(offer: MatchOffer, gap: MatchGap): boolean {
  return !gap.declinedOffers?.includes(offer.id);
}

/** All the rules. */
export function isCandidatePair(offer: MatchOffer, gap: MatchGap): boolean {
  return (
    notDeclined(offer, gap) &&
    coversCapability(offer, gap) &&
    sharesLanguage(offer, gap) &&
    isEligible(offer, gap) &&
    windowsOverlap(offer, gap) &&
    hasRemaining(offer, gap)
  );
}
