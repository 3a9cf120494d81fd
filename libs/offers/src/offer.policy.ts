import { allow, EVERYTHING, type ListScope } from '@app/access';
import { ForbiddenError } from '@app/common';
import { ALL_ROLES, OfferStatus, Role } from '@app/domain';
import { type Actor, type RequestContext } from '@app/request-context';

import { type Offer } from './offer.entity';

/** Offers a T/PCC sees: every published offer (not a draft, not withdrawn or expired). */
const PUBLISHED: readonly OfferStatus[] = [
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
  OfferStatus.FULLY_ALLOCATED,
];

/**
 * A donor posts and changes only its own state's offers and sees only those; coordinators may act
 * for any donor; T/PCCs see published offers; analysts and admins see all.
 */
export const OfferPolicy = {
  read: allow(...ALL_ROLES),

  create: allow(Role.COORDINATOR, Role.DONOR),
  change: allow(Role.COORDINATOR, Role.DONOR),

  /** Before any other check of a new offer (createOffer, each row of an import). */
  assertCanPost(ctx: RequestContext, donorIso3: string): void {
    const actor = ctx.actorToCheck();
    if (actor?.role === Role.DONOR && donorIso3 !== actor.memberState) {
      throw new ForbiddenError('A donor may post offers only for its own member state');
    }
  },

  /** On the offer the service loaded (and locked) in its transaction, before any other check. */
  assertCanChange(ctx: RequestContext, offer: Offer): void {
    const actor = ctx.actorToCheck();
    if (actor?.role === Role.DONOR && offer.donorIso3 !== actor.memberState) {
      throw new ForbiddenError("A donor may change only its own member state's offers");
    }
  },

  scope(actor: Actor): ListScope {
    switch (actor.role) {
      case Role.DONOR:
        return (query, alias) =>
          query.andWhere(`${alias}.donor_iso3 = :actorState`, { actorState: actor.memberState });
      case Role.TPCC:
        return (query, alias) =>
          query.andWhere(`${alias}.status IN (:...publishedOfferStatuses)`, {
            publishedOfferStatuses: PUBLISHED,
          });
      default:
        return EVERYTHING;
    }
  },

  canSee(actor: Actor, offer: Offer): boolean {
    if (actor.role === Role.DONOR) return offer.donorIso3 === actor.memberState;
    if (actor.role === Role.TPCC) return PUBLISHED.includes(offer.status);
    return true;
  },
};
