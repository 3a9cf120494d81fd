import { type StatusMachine } from './status-machine';

/** What a member state pledges at a Peacekeeping Ministerial (the pledge categories of the UN). */
export enum PledgeKind {
  FORMED_UNIT = 'FORMED_UNIT',
  TRAINING_AND_CAPACITY_BUILDING = 'TRAINING_AND_CAPACITY_BUILDING',
  EQUIPMENT = 'EQUIPMENT',
  TECHNOLOGY = 'TECHNOLOGY',
  MEDICAL = 'MEDICAL',
  WOMEN_PEACE_AND_SECURITY = 'WOMEN_PEACE_AND_SECURITY',
  OTHER = 'OTHER',
}

export enum PledgeStatus {
  ANNOUNCED = 'ANNOUNCED',
  COMMITTED = 'COMMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * The ladder ANNOUNCED → COMMITTED → IN_PROGRESS → FULFILLED, one rung at a time, or WITHDRAWN
 * from any rung below FULFILLED. FULFILLED and WITHDRAWN are final.
 */
export const PLEDGE_STATUS_MACHINE: StatusMachine<PledgeStatus> = {
  [PledgeStatus.ANNOUNCED]: [PledgeStatus.COMMITTED, PledgeStatus.WITHDRAWN],
  [PledgeStatus.COMMITTED]: [PledgeStatus.IN_PROGRESS, PledgeStatus.WITHDRAWN],
  [PledgeStatus.IN_PROGRESS]: [PledgeStatus.FULFILLED, PledgeStatus.WITHDRAWN],
  [PledgeStatus.FULFILLED]: [],
  [PledgeStatus.WITHDRAWN]: [],
};

/** Pledges still open: offers may be linked to them and they can be flagged. */
export const OPEN_PLEDGE_STATUSES: readonly PledgeStatus[] = [
  PledgeStatus.ANNOUNCED,
  PledgeStatus.COMMITTED,
  PledgeStatus.IN_PROGRESS,
];

/** Why a pledge needs a coordinator's attention. */
export enum PledgeFlag {
  /** Open, with no offer linked, PLEDGE_UNLINKED_FLAG_DAYS after its Ministerial's first day. */
  NOTHING_LINKED = 'NOTHING_LINKED',
  /** COMMITTED, with offers linked, every one of them expired (status or availability window). */
  LINKED_OFFERS_EXPIRED = 'LINKED_OFFERS_EXPIRED',
}
