import { type MatchGap, type MatchOffer } from './instance';
import { isEligible, notDeclined, sharesLanguage, windowsOverlap } from './rules';
import { type PairContext, scorePair } from './score';

/**
 * Offers indexed by category and capability, so each gap meets only the offers of its own
 * capability (plus whole-category offers) instead of every offer.
 */
class OfferIndex {
  private readonly byCapability = new Map<string, number[]>();
  private readonly wholeCategory = new Map<string, number[]>();

  constructor(offers: readonly MatchOffer[]) {
    offers.forEach((offer, position) => {
      if (offer.capacity <= 0) return;
      if (offer.capabilities.length === 0) {
        this.push(this.wholeCategory, offer.category, position);
      } else {
        for (const capability of new Set(offer.capabilities)) {
          this.push(this.byCapability, `${offer.category}/${capability}`, position);
        }
      }
    });
  }

  private push(map: Map<string, number[]>, key: string, position: number): void {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  }

  /** Positions of the offers passing rule 1 for this gap, ascending. */
  offersFor(gap: MatchGap): number[] {
    const specific = this.byCapability.get(`${gap.category}/${gap.capability}`) ?? [];
    const whole = this.wholeCategory.get(gap.category) ?? [];
    return whole.length === 0 ? specific : [...specific, ...whole].sort((a, b) => a - b);
  }
}

/**
 * The candidate pairs in compact form (parallel typed arrays), ordered by gap then offer position.
 * At 50,000 × 10,000 there are millions of pairs: objects per pair would not fit in memory.
 */
export interface CandidatePairs {
  length: number;
  gap: Int32Array;
  offer: Int32Array;
  score: Float64Array;
}

class GrowableCandidates {
  length = 0;
  gap = new Int32Array(1024);
  offer = new Int32Array(1024);
  score = new Float64Array(1024);

  push(gap: number, offer: number, score: number): void {
    if (this.length === this.gap.length) {
      const size = this.gap.length * 2;
      this.gap = grow(this.gap, new Int32Array(size));
      this.offer = grow(this.offer, new Int32Array(size));
      this.score = grow(this.score, new Float64Array(size));
    }
    this.gap[this.length] = gap;
    this.offer[this.length] = offer;
    this.score[this.length] = score;
    this.length += 1;
  }

  done(): CandidatePairs {
    return {
      length: this.length,
      gap: this.gap.slice(0, this.length),
      offer: this.offer.slice(0, this.length),
      score: this.score.slice(0, this.length),
    };
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Every pair passing the hard rules, scored. Gaps and offers are referred to by position in the
 * arrays given (callers pass them in canonical order).
 */
export function buildCandidates(
  gaps: readonly MatchGap[],
  offers: readonly MatchOffer[],
  context: PairContext,
  onProgress?: (done: number, total: number) => void,
): CandidatePairs {
  const index = new OfferIndex(offers);
  const candidates = new GrowableCandidates();
  gaps.forEach((gap, gapPosition) => {
    if (gap.quantity > 0) {
      for (const offerPosition of index.offersFor(gap)) {
        const offer = offers[offerPosition];
        if (
          sharesLanguage(offer, gap) &&
          windowsOverlap(offer, gap) &&
          isEligible(offer, gap) &&
          notDeclined(offer, gap)
        ) {
          candidates.push(gapPosition, offerPosition, scorePair(offer, gap, context).score);
        }
      }
    }
    if (onProgress && (gapPosition % 1000 === 999 || gapPosition === gaps.length - 1)) {
      onProgress(gapPosition + 1, gaps.length);
    }
  });
  return candidates.done();
}
