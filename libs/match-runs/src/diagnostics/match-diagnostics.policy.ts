import { allow } from '@app/access';
import { ForbiddenError } from '@app/common';
import { ALL_ROLES, Role } from '@app/domain';
import { type Actor } from '@app/request-context';

/**
 * Diagnostics follow the gap and offer queries: coordinators, analysts and admins ask about any
 * gap or offer; a T/PCC about its own gaps (another state's gap answers null, as `gap` does); a
 * donor about its own offers (another donor's answers null, as `offer` does). A donor asking about
 * a gap, or a T/PCC about an offer, is refused: the answer would name other donors' offers or
 * other states' gaps that they may not see. Decided by the service once it has loaded the row.
 */
export const MatchDiagnosticsPolicy = {
  read: allow(...ALL_ROLES),

  /** Before the row is loaded: the kind of row this role may ask about. */
  assertCanAsk(actor: Actor | null, kind: 'gap' | 'offer'): void {
    if (actor?.role === Role.DONOR && kind === 'gap')
      throw new ForbiddenError(
        'A donor asks for the diagnostics of its own offers (offerId), not of gaps',
        'gapId',
      );
    if (actor?.role === Role.TPCC && kind === 'offer')
      throw new ForbiddenError(
        'A T/PCC asks for the diagnostics of its own gaps (gapId), not of offers',
        'offerId',
      );
  },

  /** Whether a gap of this state may be named to the actor (a T/PCC sees only its own). */
  mayName(actor: Actor | null, memberState: string): boolean {
    return actor?.role !== Role.TPCC || actor.memberState === memberState;
  },
};
