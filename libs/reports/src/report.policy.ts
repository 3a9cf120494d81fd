import { allow } from '@app/access';
import { Role } from '@app/domain';

/**
 * Who may read the reports. Staff read across every state; donors and T/PCCs read the same
 * reports within what they may see (ReportScope: the gap, offer and partnership policies).
 */
export const ReportPolicy = {
  /** Reports with no per-state scope (the pledge reports): staff only. */
  read: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN),
  /** The gap-based reports and partnership outcomes, scoped for a donor or T/PCC. */
  readScoped: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN, Role.DONOR, Role.TPCC),
  /**
   * Donor summaries: a donor reads its own state's. Not T/PCCs: a summary's offers, capacity and
   * allocation are about the donor's offers across every recipient, and cannot be narrowed to a
   * T/PCC's own gaps without changing what they mean (its partnerships are in partnershipOutcomes).
   */
  readDonorSummaries: allow(Role.COORDINATOR, Role.ANALYST, Role.ADMIN, Role.DONOR),
};
