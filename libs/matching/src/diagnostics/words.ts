import { m49Region, memberStateByIso3 } from '@app/geo';
import ISO6391 from 'iso-639-1';

import { type MatchGap, type MatchOffer } from '../instance';
import { type HardRule } from '../rules';

export function languageNames(codes: readonly string[]): string {
  return orList(codes.map((code) => ISO6391.getName(code) || code));
}

export function stateName(iso3: string): string {
  const name = memberStateByIso3(iso3)?.name;
  return name ? `${name} (${iso3})` : iso3;
}

/** A member state or an M49 area, by name and code. */
export function areaName(entry: string): string {
  const region = m49Region(entry);
  return region ? `${region.name} (${entry})` : stateName(entry);
}

export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Where a member state lies, e.g. "Eastern Africa (014), Sub-Saharan Africa (202), Africa (002)". */
function whereIs(iso3: string): string {
  const state = memberStateByIso3(iso3);
  if (!state) return 'in no M49 region the service knows';
  return `in ${andList(state.regionCodes.map(areaName))}`;
}

/** Why a pair fails a hard rule, in words a coordinator or a donor can read. */
export function explainRule(rule: HardRule, offer: MatchOffer, gap: MatchGap): string {
  const donor = stateName(offer.donor);
  const state = stateName(gap.memberState);
  switch (rule) {
    case 'CAPABILITY':
      return offer.category !== gap.category
        ? `The offer is for ${offer.category}, the gap for ${gap.category}.`
        : `The offer covers ${andList(offer.capabilities)}, not ${gap.capability}.`;
    case 'LANGUAGE':
      return `The offer is delivered in ${languageNames(offer.languages)}; the gap accepts only ${languageNames(gap.languages)}.`;
    case 'DONOR_ITSELF':
      return `${donor} is the gap's own member state; a donor's offers never serve its own gaps.`;
    case 'EXCLUDED':
      return `The offer excludes ${state}.`;
    case 'ELIGIBILITY':
      return `The offer is open only to ${orList(offer.eligible.map(areaName))}; ${state} is ${whereIs(gap.memberState)}.`;
    case 'WINDOW':
      return `The offer is available from ${offer.availableFrom} to ${offer.availableTo}; the gap needs it from ${gap.neededFrom} to ${gap.neededBy}.`;
    case 'NO_DEMAND':
      return `The gap has no demand left to cover: accepted proposals or partnerships cover it.`;
    case 'NO_CAPACITY':
      return `The offer has no capacity left: accepted proposals or partnerships hold all of it.`;
    case 'DECLINED':
      return `A proposal of this offer for this gap was declined, so the pair is not proposed again.`;
  }
}

export function score(value: number): string {
  return value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}
