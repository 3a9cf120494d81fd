import { type MatchGap, type MatchOffer } from './instance';
import { type Candidate } from './result';
import { isEligible, sharesLanguage, windowsOverlap } from './rules';
import { type PairContext, scorePair } from './score';

/**
 * Offers indexed by category and capability, so each gap meets only the offers of its own
 * capability (plus whole-category offers) instead of every offer.
 */
class OfferIndex {
  private readonly byCapability = new Map<string, MatchOffer[]>();
  private readonly wholeCategory = new Map<string, MatchOffer[]>();

  constructor(offers: readonly MatchOffer[]) {
    for (const offer of offers) {
      if (offer.capacity <= 0) continue;
      if (offer.capabilities.length === 0) {
        this.push(this.wholeCategory, offer.category, offer);
      } else {
        for (const capability of new Set(offer.capabilities)) {
          this.push(this.byCapability, `${offer.category}/${capability}`, offer);
        }
      }
    }
  }

  private push(map: Map<string, MatchOffer[]>, key: string, offer: MatchOffer): void {
    const list = map.get(key);
    if (list) list.push(offer);
    else map.set(key, [offer]);
  }

  /** Offers passing rule 1 for this gap, in input order. */
  offersFor(gap: MatchGap): MatchOffer[] {
    const specific = this.byCapability.get(`${gap.category}/${gap.capability}`) ?? [];
    const whole = this.wholeCategory.get(gap.category) ?? [];
    return whole.length === 0 ? specific : [...specific, ...whole];
  }
}

/**
 * Every pair that passes the hard rules, scored, ordered by gap then offer as given (callers pass
 * gaps and offers in canonical order).
 */
export function buildCandidates(
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
  context: PairContext,
  onProgress?: (done: number, total: number) => void,
): Candidate[] {
  const index = new OfferIndex(offers);
  const order = new Map(offers.map((offer, position) => [offer, position]));
  const candidates: Candidate[] = [];
  gaps.forEach((gap, done) => {
    if (gap.quantity > 0) {
      const matching = index
        .offersFor(gap)
        .filter((o) => sharesLanguage(o, gap) && windowsOverlap(o, gap) && isEligible(o, gap))
        .sort((a, b) => order.get(a)! - order.get(b)!);
      for (const offer of matching) {
        candidates.push({ gapId: gap.id, offerId: offer.id, ...scorePair(offer, gap, context) });
      }
    }
    if (onProgress && (done % 1000 === 999 || done === gaps.length - 1)) {
      onProgress(done + 1, gaps.length);
    }
  });
  return candidates;
}
