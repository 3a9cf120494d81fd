/** What a user may do; see docs/access-control.md for the full table. */
export enum Role {
  /** LCM coordinator (UN staff): logs gaps, starts runs, answers for either side, sees all. */
  COORDINATOR = 'COORDINATOR',
  /** A donor member state's focal point: its own offers and the proposals on them. */
  DONOR = 'DONOR',
  /** A T/PCC's focal point: its own gaps and the proposals on them. */
  TPCC = 'TPCC',
  /** Reads everything, changes nothing. */
  ANALYST = 'ANALYST',
  /** Users and roles; reads everything. */
  ADMIN = 'ADMIN',
}

/** Roles that act for one member state. */
export const STATE_ROLES: readonly Role[] = [Role.DONOR, Role.TPCC];

export const ALL_ROLES: readonly Role[] = Object.values(Role);
