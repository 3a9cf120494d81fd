import { allow } from '@app/access';
import { Role } from '@app/domain';
import { type Actor } from '@app/request-context';

/**
 * The report reads across every state's support, as the other reports: staff only (coordinators,
 * analysts, admins). The warning on a proposal is seen by whoever sees the proposal; a donor sees
 * only its own state among the donors it names (other donors' partnerships are not its to see).
 */
export const DuplicatedSupportPolicy = {
  report: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN),

  donorsShown(actor: Actor | null | undefined, donors: string[]): string[] {
    if (actor?.role === Role.DONOR) return donors.filter((donor) => donor === actor.memberState);
    return donors;
  },
};
