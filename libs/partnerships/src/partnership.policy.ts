import { allow } from '@app/access';
import { ForbiddenError } from '@app/common';
import { ALL_ROLES, Role } from '@app/domain';
import { isParty, type Parties, partyScope, sideOf } from '@app/match-runs';
import { type RequestContext } from '@app/request-context';

/**
 * Partnerships are seen by their two parties (and all staff). Follow-up (milestones, deliveries,
 * the indicator after delivery) is recorded by a coordinator or by either party.
 */
export const PartnershipPolicy = {
  read: allow(...ALL_ROLES),
  scope: partyScope,
  followUp: allow(Role.COORDINATOR, Role.DONOR, Role.TPCC),

  /**
   * On the partnership (or milestone) the service loaded (and locked) in its transaction, before
   * any other check. `parties` is read only for a donor or T/PCC.
   */
  async assertCanFollowUp(ctx: RequestContext, parties: () => Promise<Parties>): Promise<void> {
    const actor = ctx.actorToCheck();
    if (actor && sideOf(actor) && !isParty(actor, await parties())) {
      throw new ForbiddenError(
        'Only the two parties of a partnership (or a coordinator) record its follow-up',
      );
    }
  },
};
