import { GAP_STATUS_MACHINE, GapStatus } from './gap-status';
import { OFFER_STATUS_MACHINE, OfferStatus } from './offer-status';
import { canTransition } from './status-machine';

describe('status machines', () => {
  it('lets a draft gap open or be cancelled, and nothing else', () => {
    expect(canTransition(GAP_STATUS_MACHINE, GapStatus.DRAFT, GapStatus.OPEN)).toBe(true);
    expect(canTransition(GAP_STATUS_MACHINE, GapStatus.DRAFT, GapStatus.CANCELLED)).toBe(true);
    expect(canTransition(GAP_STATUS_MACHINE, GapStatus.DRAFT, GapStatus.MATCHED)).toBe(false);
  });

  it.each(Object.values(GapStatus))('gap status %s only moves to known statuses', (from) => {
    for (const to of GAP_STATUS_MACHINE[from]) expect(Object.values(GapStatus)).toContain(to);
    expect(GAP_STATUS_MACHINE[from]).not.toContain(from);
  });

  it('keeps final statuses final', () => {
    expect(GAP_STATUS_MACHINE[GapStatus.CANCELLED]).toEqual([]);
    expect(GAP_STATUS_MACHINE[GapStatus.CLOSED]).toEqual([]);
    expect(OFFER_STATUS_MACHINE[OfferStatus.WITHDRAWN]).toEqual([]);
    expect(OFFER_STATUS_MACHINE[OfferStatus.EXPIRED]).toEqual([]);
  });

  it('does not let a withdrawn offer reopen or a fully allocated one be withdrawn', () => {
    expect(canTransition(OFFER_STATUS_MACHINE, OfferStatus.WITHDRAWN, OfferStatus.OPEN)).toBe(
      false,
    );
    expect(
      canTransition(OFFER_STATUS_MACHINE, OfferStatus.FULLY_ALLOCATED, OfferStatus.WITHDRAWN),
    ).toBe(false);
  });
});
