import { allow } from '@app/access';
import { Role } from '@app/domain';

/** Coordinators start and cancel runs; runs and what-if answers are for staff (not donors or T/PCCs). */
export const MatchRunPolicy = {
  start: allow(Role.COORDINATOR),
  read: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN),
};
