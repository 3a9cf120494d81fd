import { allow, EVERYTHING, type ListScope } from '@app/access';
import { ALL_ROLES, GapStatus, Role } from '@app/domain';
import { type Actor } from '@app/request-context';

import { type CapabilityGap } from './capability-gap.entity';

/** Gaps a donor sees: every published gap (not a draft, not cancelled). */
const PUBLISHED: readonly GapStatus[] = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
  GapStatus.MATCHED,
  GapStatus.CLOSED,
];

/**
 * Coordinators log and change gaps for any T/PCC; a T/PCC sees its own gaps (and answers their
 * proposals, see the proposal policy); donors see published gaps; analysts and admins see all.
 */
export const GapPolicy = {
  read: allow(...ALL_ROLES),
  change: allow(Role.COORDINATOR),

  scope(actor: Actor): ListScope {
    switch (actor.role) {
      case Role.TPCC:
        return (query, alias) =>
          query.andWhere(`${alias}.member_state_iso3 = :actorState`, {
            actorState: actor.memberState,
          });
      case Role.DONOR:
        return (query, alias) =>
          query.andWhere(`${alias}.status IN (:...publishedGapStatuses)`, {
            publishedGapStatuses: PUBLISHED,
          });
      default:
        return EVERYTHING;
    }
  },

  canSee(actor: Actor, gap: CapabilityGap): boolean {
    if (actor.role === Role.TPCC) return gap.memberStateIso3 === actor.memberState;
    if (actor.role === Role.DONOR) return PUBLISHED.includes(gap.status);
    return true;
  },
};
