import { type PledgeFlag, type PledgeKind, type PledgeStatus } from '../graphql/generated/graphql';

/** The pledge enums the filters and forms offer, in display order (typed from the schema). */
export const PLEDGE_STATUSES: PledgeStatus[] = [
  'ANNOUNCED',
  'COMMITTED',
  'IN_PROGRESS',
  'FULFILLED',
  'WITHDRAWN',
];
export const PLEDGE_KINDS: PledgeKind[] = [
  'FORMED_UNIT',
  'TRAINING_AND_CAPACITY_BUILDING',
  'EQUIPMENT',
  'TECHNOLOGY',
  'MEDICAL',
  'WOMEN_PEACE_AND_SECURITY',
  'OTHER',
];
export const PLEDGE_FLAGS: PledgeFlag[] = ['NOTHING_LINKED', 'LINKED_OFFERS_EXPIRED'];

/** Badge colours, dark enough for white text at WCAG AA. */
export const PLEDGE_STATUS_COLOURS: Record<PledgeStatus, string> = {
  ANNOUNCED: 'gray',
  COMMITTED: 'blue',
  IN_PROGRESS: 'cyan.9',
  FULFILLED: 'teal.9',
  WITHDRAWN: 'red.9',
};
