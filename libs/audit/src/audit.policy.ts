import { allow } from '@app/access';
import { Role } from '@app/domain';

/** The audit log is for coordinators and analysts (issue 5); no one may change it. */
export const AuditPolicy = {
  read: allow(Role.COORDINATOR, Role.ANALYST),
};
