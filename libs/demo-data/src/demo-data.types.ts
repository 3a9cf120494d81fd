import {
  type Category,
  type DeliveryMode,
  type GapSource,
  type Priority,
  type QuantityUnit,
} from '@app/domain';

/**
 * A demo capability gap. Dates are day offsets from the day of seeding, so the demo never goes
 * stale.
 */
export interface DemoGap {
  /** Stable id, e.g. 'GAP-RWA-CASEVAC'. */
  key: string;
  /** ISO3 code of the T/PCC. */
  memberState: string;
  /** Mission code, or null for a pre-deployment gap. */
  mission: string | null;
  unitType: string | null;
  category: Category;
  /** A capability code of CAPABILITY_CATALOGUE for the category. */
  capability: string;
  title: string;
  description: string;
  /** Positive integer. */
  quantity: number;
  unit: QuantityUnit;
  priority: Priority;
  /** Accepted languages, ISO 639-1, at least one. */
  languages: string[];
  preferredDeliveryModes: DeliveryMode[];
  /** Offset from the seeding day, >= 0. */
  neededFromDays: number;
  /** Offset from the seeding day, > neededFromDays. */
  neededByDays: number;
  objective: { indicator: string; baseline: number; target: number };
  source: GapSource;
  /** false = the gap stays DRAFT. */
  open: boolean;
}

/** A demo donor offer; dates are day offsets from the day of seeding. */
export interface DemoOffer {
  /** Stable id, e.g. 'OFFER-USA-MEDICAL'. */
  key: string;
  /** ISO3 code of the donor. */
  donor: string;
  category: Category;
  /** Capability codes offered; [] = the whole category. */
  capabilities: string[];
  title: string;
  description: string;
  capacity: number;
  unit: QuantityUnit;
  /** US dollars per unit. */
  costPerUnit: number | null;
  /** US dollars; only when costPerUnit is set. */
  budget: number | null;
  /** Delivery languages, ISO 639-1. */
  languages: string[];
  deliveryModes: DeliveryMode[];
  /** ISO3 codes or M49 region codes; [] = all. */
  eligible: string[];
  /** ISO3 codes. */
  excluded: string[];
  availableFromDays: number;
  availableToDays: number;
  /** false = the offer stays DRAFT. */
  open: boolean;
}
