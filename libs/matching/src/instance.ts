import { type Category, type DeliveryMode, type Priority } from '@app/domain';

import { type Weights } from './weights';

/** A capability gap as the engine sees it; `quantity` is the demand still to cover. */
export interface MatchGap {
  id: string;
  /** ISO 3166 alpha-3 code of the T/PCC. */
  memberState: string;
  category: Category;
  capability: string;
  quantity: number;
  priority: Priority;
  /** Accepted languages, ISO 639-1. */
  languages: string[];
  /** Window of need, `YYYY-MM-DD`, inclusive. */
  neededFrom: string;
  neededBy: string;
  mission?: string | null;
  /** Preferred delivery modes; absent or empty = no preference. */
  deliveryModes?: DeliveryMode[];
  /** Offers declined for this gap by either party: never proposed for it again. */
  declinedOffers?: string[];
}

/** A donor offer as the engine sees it; `capacity` is the capacity still free. */
export interface MatchOffer {
  id: string;
  /** ISO 3166 alpha-3 code of the donor. */
  donor: string;
  category: Category;
  /** Capability codes offered; empty = the whole category. */
  capabilities: string[];
  capacity: number;
  /** Delivery languages, ISO 639-1. */
  languages: string[];
  /** Member states (ISO3) or M49 region codes; empty = every member state. */
  eligible: string[];
  /** Member states (ISO3) never served. */
  excluded: string[];
  availableFrom: string;
  availableTo: string;
  /** Cost of one unit and total budget (same currency); the budget binds only with a cost. */
  costPerUnit?: number | null;
  budget?: number | null;
  deliveryModes?: DeliveryMode[];
}

/**
 * A partnership between a donor and a T/PCC. `EXISTING` (the default) is a partnership running
 * now (confirmed in the service); `PAST` is one that has ended. The partnership criterion values
 * an existing one 1 and a past one 0.5; when both are listed for a pair, existing wins.
 */
export type PartnershipKind = 'EXISTING' | 'PAST';

export const PARTNERSHIP_KINDS: readonly PartnershipKind[] = ['EXISTING', 'PAST'];

export interface MatchPartnership {
  /** ISO 3166 alpha-3 code of the donor. */
  donor: string;
  /** ISO 3166 alpha-3 code of the T/PCC. */
  memberState: string;
  /** Absent = `EXISTING`. */
  kind?: PartnershipKind;
}

export interface MatchInstance {
  /** The day the run is for (`YYYY-MM-DD`); urgency counts from it. */
  asOf: string;
  weights?: Partial<Weights>;
  gaps: MatchGap[];
  offers: MatchOffer[];
  partnerships?: MatchPartnership[];
}
