import { type StatusMachine } from './status-machine';

export enum OfferStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PARTIALLY_ALLOCATED = 'PARTIALLY_ALLOCATED',
  FULLY_ALLOCATED = 'FULLY_ALLOCATED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/**
 * DRAFT → OPEN → PARTIALLY_ALLOCATED → FULLY_ALLOCATED, or WITHDRAWN by the donor, or EXPIRED when
 * its availability window has passed. WITHDRAWN and EXPIRED are final.
 */
export const OFFER_STATUS_MACHINE: StatusMachine<OfferStatus> = {
  [OfferStatus.DRAFT]: [OfferStatus.OPEN, OfferStatus.WITHDRAWN],
  [OfferStatus.OPEN]: [
    OfferStatus.PARTIALLY_ALLOCATED,
    OfferStatus.FULLY_ALLOCATED,
    OfferStatus.WITHDRAWN,
    OfferStatus.EXPIRED,
  ],
  [OfferStatus.PARTIALLY_ALLOCATED]: [
    OfferStatus.OPEN,
    OfferStatus.FULLY_ALLOCATED,
    OfferStatus.WITHDRAWN,
    OfferStatus.EXPIRED,
  ],
  [OfferStatus.FULLY_ALLOCATED]: [OfferStatus.PARTIALLY_ALLOCATED, OfferStatus.EXPIRED],
  [OfferStatus.WITHDRAWN]: [],
  [OfferStatus.EXPIRED]: [],
};

export const MATCHABLE_OFFER_STATUSES: readonly OfferStatus[] = [
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
];

export const EDITABLE_OFFER_STATUSES: readonly OfferStatus[] = [
  OfferStatus.DRAFT,
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
];
