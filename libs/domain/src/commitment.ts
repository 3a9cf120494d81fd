import { GapStatus } from './gap-status';
import { OfferStatus } from './offer-status';

/**
 * How much of an offer can be committed at all: its capacity, or fewer units when its budget
 * buys fewer (the cost is per unit of the offer).
 */
export function usableCapacity(
  capacity: number,
  costPerUnit: number | null,
  budget: number | null,
): number {
  if (budget === null || costPerUnit === null || costPerUnit <= 0) return capacity;
  // Budgets are in cents-precise dollars: guard the division against 0.1 + 0.2 style residue.
  return Math.min(capacity, Math.floor(budget / costPerUnit + 1e-9));
}

/** A matchable gap's status once `confirmed` of its `quantity` is in confirmed partnerships. */
export function gapStatusFor(quantity: number, confirmed: number): GapStatus {
  if (confirmed <= 0) return GapStatus.OPEN;
  return confirmed >= quantity ? GapStatus.MATCHED : GapStatus.PARTIALLY_MATCHED;
}

/** A matchable offer's status once `confirmed` of its usable capacity is in partnerships. */
export function offerStatusFor(usable: number, confirmed: number): OfferStatus {
  if (confirmed <= 0) return OfferStatus.OPEN;
  return confirmed >= usable ? OfferStatus.FULLY_ALLOCATED : OfferStatus.PARTIALLY_ALLOCATED;
}
