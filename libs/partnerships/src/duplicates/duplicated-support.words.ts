import { memberStateByIso3 } from '@app/geo';

import { type DuplicatedGroup, type OfferDuplication } from './duplicated-support';

function stateName(iso3: string): string {
  const name = memberStateByIso3(iso3)?.name;
  return name ? `${name} (${iso3})` : iso3;
}

const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The report's sentence for a duplicated group (English; the web app renders the fields). */
export function groupMessage(group: DuplicatedGroup): string {
  return `${stateName(group.memberState)} gets or is proposed ${group.units} units of ${group.capability} from ${list(group.donors.map(stateName))} between ${group.from} and ${group.to}, ${group.excess} more than its demand of ${group.demand}.`;
}

/** The sentence on a proposal, naming only the donors the reader may see. */
export function warningMessage(group: DuplicatedGroup, shownDonors: string[]): string {
  const others = group.donors.length - shownDonors.length;
  const donors =
    others === 0
      ? list(shownDonors.map(stateName))
      : `${list(shownDonors.map(stateName))}${shownDonors.length > 0 ? ' and ' : ''}${others} other donor${others > 1 ? 's' : ''}`;
  return `Possible duplicated support: with this proposal, ${stateName(group.memberState)} gets or is proposed ${group.units} units of ${group.capability} from ${donors} between ${group.from} and ${group.to}, ${group.excess} more than its demand of ${group.demand}. Check before confirming.`;
}

export function offerMessage(duplication: OfferDuplication): string {
  const donors = [...new Set(duplication.partnerships.map((item) => item.donor))].sort();
  const units = duplication.partnerships.reduce((total, item) => total + item.quantity, 0);
  return `The offer names ${stateName(duplication.memberState)}, which running partnerships with ${list(donors.map(stateName))} already serve with ${units} units of ${duplication.capability} over the offer's dates; none of its demand for it is left.`;
}
