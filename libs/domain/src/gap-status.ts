import { type StatusMachine } from './status-machine';

export enum GapStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PARTIALLY_MATCHED = 'PARTIALLY_MATCHED',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/**
 * DRAFT → OPEN → PARTIALLY_MATCHED → MATCHED → CLOSED, or CANCELLED before it is matched.
 * Matching moves between OPEN, PARTIALLY_MATCHED and MATCHED as partnerships are confirmed or
 * fall through; CLOSED and CANCELLED are final.
 */
export const GAP_STATUS_MACHINE: StatusMachine<GapStatus> = {
  [GapStatus.DRAFT]: [GapStatus.OPEN, GapStatus.CANCELLED],
  [GapStatus.OPEN]: [
    GapStatus.PARTIALLY_MATCHED,
    GapStatus.MATCHED,
    GapStatus.CLOSED,
    GapStatus.CANCELLED,
  ],
  [GapStatus.PARTIALLY_MATCHED]: [
    GapStatus.OPEN,
    GapStatus.MATCHED,
    GapStatus.CLOSED,
    GapStatus.CANCELLED,
  ],
  [GapStatus.MATCHED]: [GapStatus.PARTIALLY_MATCHED, GapStatus.CLOSED],
  [GapStatus.CLOSED]: [],
  [GapStatus.CANCELLED]: [],
};

/** Statuses in which a gap takes part in matching. */
export const MATCHABLE_GAP_STATUSES: readonly GapStatus[] = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
];

/** Statuses in which a gap's details may still be edited. */
export const EDITABLE_GAP_STATUSES: readonly GapStatus[] = [
  GapStatus.DRAFT,
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
];
