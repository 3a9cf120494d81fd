import { allow, EVERYTHING, type ListScope } from '@app/access';
import { ForbiddenError } from '@app/common';
import { ALL_ROLES, Role } from '@app/domain';
import { type Actor, type RequestContext } from '@app/request-context';

import { type Pledge } from './pledge.entity';

/** Roles that act for a member state and see only their own state's pledges. */
const STATE_ROLES: readonly Role[] = [Role.DONOR, Role.TPCC];

/**
 * Pledges are the member states' own: a donor records and changes the pledges its state leads
 * (the lead answers for a joint pledge) and links its own state's offers to any pledge its state
 * is part of; coordinators act on all. Donors and T/PCCs see the pledges their state leads or
 * joins; coordinators, analysts and admins see all. Ministerials and their requirement lists
 * are seen by everyone and kept by coordinators.
 */
export const PledgePolicy = {
  read: allow(...ALL_ROLES),
  manage: allow(Role.COORDINATOR, Role.DONOR),
  ministerials: allow(Role.COORDINATOR),

  /** Before any other check of a new pledge. */
  assertCanPledge(ctx: RequestContext, leadIso3: string): void {
    const actor = ctx.actorToCheck();
    if (actor?.role === Role.DONOR && leadIso3 !== actor.memberState) {
      throw new ForbiddenError('A donor may record pledges only with its own member state as lead');
    }
  },

  /** On the pledge loaded (and locked) in the transaction, before any other check. */
  assertCanChange(ctx: RequestContext, pledge: Pledge): void {
    const actor = ctx.actorToCheck();
    if (actor?.role === Role.DONOR && pledge.leadIso3 !== actor.memberState) {
      throw new ForbiddenError(
        "A donor may change only the pledges its own member state leads (a joint pledge's lead answers for it)",
      );
    }
  },

  /** Linking or unlinking an offer: a donor whose state is part of the pledge (lead or member). */
  assertCanLink(ctx: RequestContext, pledge: Pledge): void {
    const actor = ctx.actorToCheck();
    if (actor?.role === Role.DONOR && !pledge.states.includes(actor.memberState ?? '')) {
      throw new ForbiddenError(
        'A donor may link offers only to the pledges its own member state leads or joins',
      );
    }
  },

  scope(actor: Actor): ListScope {
    if (!STATE_ROLES.includes(actor.role)) return EVERYTHING;
    return (query, alias) =>
      query.andWhere(
        `(${alias}.lead_iso3 = :actorState OR :actorState = ANY (${alias}.member_iso3s))`,
        { actorState: actor.memberState },
      );
  },

  canSee(actor: Actor, pledge: Pledge): boolean {
    if (!STATE_ROLES.includes(actor.role)) return true;
    return pledge.states.includes(actor.memberState ?? '');
  },
};
