import { allow } from '@app/access';
import { Role } from '@app/domain';

/**
 * Coordinators and analysts read the audit log (issue 5), and admins, who see everything (DESIGN
 * § Who uses it) and need the record of account changes; no one may change it.
 */
export const AuditPolicy = {
  read: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN),
};
