import { allow } from '@app/access';
import { Role } from '@app/domain';

/** Reports read across every state's gaps, offers and partnerships: staff only, not donors or T/PCCs. */
export const ReportPolicy = {
  read: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN),
};
