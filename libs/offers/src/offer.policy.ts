import {
  type Actor,
  allow,
  allowIf,
  asUuid,
  EVERYTHING,
  inputField,
  type ListScope,
} from '@app/access';
import { ALL_ROLES, OfferStatus, Role } from '@app/domain';

import { Offer } from './offer.entity';

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

  create: allowIf(
    [Role.COORDINATOR, Role.DONOR],
    (actor, args) => actor.role !== Role.DONOR || inputField(args, 'donor') === actor.memberState,
    'A donor may post offers only for its own member state',
  ),

  change: allowIf(
    [Role.COORDINATOR, Role.DONOR],
    async (actor, args, { dataSource }) => {
      if (actor.role !== Role.DONOR) return true;
      const id = asUuid(inputField(args, 'id'));
      const offer = id ? await dataSource.getRepository(Offer).findOneBy({ id }) : null;
      // A missing offer is the service's NOT_FOUND to report.
      return !offer || offer.donorIso3 === actor.memberState;
    },
    "A donor may change only its own member state's offers",
  ),

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
