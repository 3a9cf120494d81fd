/*
 * Duplicated support, decided in plain TypeScript on rows the service reads (no database here, so
 * the rules are unit-tested on their own).
 *
 * A T/PCC's support for one capability (category + code) is its partnerships (ACTIVE, COMPLETED)
 * and open proposals (PROPOSED, ACCEPTED), each over the days both its gap needs it and its offer
 * is available. Support whose days overlap, directly or through others, is one group. A group is
 * duplicated when it comes from two or more donors and its units exceed the demand of the T/PCC's
 * gaps for that capability over the group's days, where gaps of the same mission and unit type
 * needed over overlapping days count once (the largest): the same need logged twice (say from a
 * PCRS assessment and self-declared) is how one T/PCC ends up supported twice.
 */

export type SupportKind = 'PARTNERSHIP' | 'PROPOSAL';

export interface SupportItem {
  kind: SupportKind;
  id: string;
  gapId: string;
  offerId: string;
  donor: string;
  memberState: string;
  category: string;
  capability: string;
  quantity: number;
  status: string;
  /** The days both the gap needs it and the offer is available (ISO dates, inclusive). */
  from: string;
  to: string;
}

export interface NeedGap {
  id: string;
  memberState: string;
  category: string;
  capability: string;
  mission: string | null;
  unitType: string | null;
  quantity: number;
  neededFrom: string;
  neededBy: string;
}

export interface DuplicatedGroup {
  memberState: string;
  category: string;
  capability: string;
  from: string;
  to: string;
  /** Distinct donors, sorted. */
  donors: string[];
  /** Units of support in the group. */
  units: number;
  /** The T/PCC's demand for the capability over the group's days (see above). */
  demand: number;
  excess: number;
  items: SupportItem[];
}

const keyOf = (row: { memberState: string; category: string; capability: string }) =>
  `${row.memberState}|${row.category}|${row.capability}`;

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from <= b.to && b.from <= a.to;

/** Support items whose days overlap, directly or through others (sorted by start). */
function overlapGroups(items: SupportItem[]): SupportItem[][] {
  const sorted = [...items].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.id.localeCompare(b.id),
  );
  const groups: SupportItem[][] = [];
  let end = '';
  for (const item of sorted) {
    if (groups.length > 0 && item.from <= end) {
      groups[groups.length - 1].push(item);
      if (item.to > end) end = item.to;
    } else {
      groups.push([item]);
      end = item.to;
    }
  }
  return groups;
}

/**
 * The demand of gaps over `window`: gaps of the same mission and unit type whose days overlap
 * count once, with the largest quantity.
 */
export function demandOver(gaps: NeedGap[], window: { from: string; to: string }): number {
  const inWindow = gaps
    .map((gap) => ({ ...gap, from: gap.neededFrom, to: gap.neededBy }))
    .filter((gap) => overlaps(gap, window));
  const byNeed = new Map<string, typeof inWindow>();
  for (const gap of inWindow) {
    const need = `${gap.mission ?? ''}|${gap.unitType ?? ''}`;
    byNeed.set(need, [...(byNeed.get(need) ?? []), gap]);
  }
  let demand = 0;
  for (const same of byNeed.values()) {
    same.sort((a, b) => a.from.localeCompare(b.from));
    let end = '';
    let largest = 0;
    for (const gap of same) {
      if (largest > 0 && gap.from <= end) {
        largest = Math.max(largest, gap.quantity);
        if (gap.to > end) end = gap.to;
      } else {
        demand += largest;
        largest = gap.quantity;
        end = gap.to;
      }
    }
    demand += largest;
  }
  return demand;
}

/** Every duplicated group among `items`, given the T/PCCs' gaps (`gaps`: published ones). */
export function findDuplicatedSupport(items: SupportItem[], gaps: NeedGap[]): DuplicatedGroup[] {
  const itemsByKey = new Map<string, SupportItem[]>();
  for (const item of items)
    itemsByKey.set(keyOf(item), [...(itemsByKey.get(keyOf(item)) ?? []), item]);
  const gapsByKey = new Map<string, NeedGap[]>();
  for (const gap of gaps) gapsByKey.set(keyOf(gap), [...(gapsByKey.get(keyOf(gap)) ?? []), gap]);
  const found: DuplicatedGroup[] = [];
  for (const [key, keyed] of [...itemsByKey].sort(([a], [b]) => a.localeCompare(b))) {
    for (const group of overlapGroups(keyed)) {
      const donors = [...new Set(group.map((item) => item.donor))].sort();
      if (donors.length < 2) continue;
      const window = {
        from: group[0].from,
        to: group.reduce((end, item) => (item.to > end ? item.to : end), group[0].to),
      };
      const units = group.reduce((total, item) => total + item.quantity, 0);
      const demand = demandOver(gapsByKey.get(key) ?? [], window);
      if (units <= demand) continue;
      const [first] = group;
      found.push({
        memberState: first.memberState,
        category: first.category,
        capability: first.capability,
        ...window,
        donors,
        units,
        demand,
        excess: units - demand,
        items: group,
      });
    }
  }
  return found;
}

/** An offer naming a T/PCC that partnerships of other donors already serve for what it offers. */
export interface TargetedOffer {
  id: string;
  donor: string;
  category: string;
  /** Empty: the whole category. */
  capabilities: string[];
  /** Only the member states it names (ISO3). */
  eligibleStates: string[];
  availableFrom: string;
  availableTo: string;
}

export interface OfferDuplication {
  offerId: string;
  donor: string;
  memberState: string;
  category: string;
  capability: string;
  /** The running partnerships of other donors over the offer's days. */
  partnerships: SupportItem[];
  /** The T/PCC's demand for the capability over those days that nothing covers yet. */
  remainingDemand: number;
}

/**
 * Offers that name a T/PCC in their eligible list while running (ACTIVE) partnerships of other
 * donors already serve that T/PCC for a capability the offer covers, over overlapping days, and
 * nothing of the T/PCC's demand for it over those days is left: the offer would duplicate them.
 */
export function findOfferDuplications(
  offers: TargetedOffer[],
  running: SupportItem[],
  remainingDemand: (
    memberState: string,
    category: string,
    capability: string,
    window: { from: string; to: string },
  ) => number,
): OfferDuplication[] {
  const found: OfferDuplication[] = [];
  for (const offer of offers) {
    const window = { from: offer.availableFrom, to: offer.availableTo };
    for (const state of offer.eligibleStates) {
      const others = running.filter(
        (item) =>
          item.memberState === state &&
          item.donor !== offer.donor &&
          item.category === offer.category &&
          (offer.capabilities.length === 0 || offer.capabilities.includes(item.capability)) &&
          overlaps(item, window),
      );
      const byCapability = new Map<string, SupportItem[]>();
      for (const item of others)
        byCapability.set(item.capability, [...(byCapability.get(item.capability) ?? []), item]);
      for (const [capability, partnerships] of [...byCapability].sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        const left = remainingDemand(state, offer.category, capability, window);
        if (left > 0) continue;
        found.push({
          offerId: offer.id,
          donor: offer.donor,
          memberState: state,
          category: offer.category,
          capability,
          partnerships,
          remainingDemand: left,
        });
      }
    }
  }
  return found;
}
