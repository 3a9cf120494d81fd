import {
  type Actor,
  allow,
  allowIf,
  asUuid,
  EVERYTHING,
  inputField,
  type ListScope,
} from '@app/access';
import { ALL_ROLES, ProposalSide, Role } from '@app/domain';

import { Proposal } from './proposal.entity';

/** The side a DONOR or TPCC user answers for; coordinators say which side they act for. */
export function sideOf(actor: Actor): ProposalSide | null {
  if (actor.role === Role.DONOR) return ProposalSide.DONOR;
  if (actor.role === Role.TPCC) return ProposalSide.TPCC;
  return null;
}

/** Rows of proposal-like tables (proposals, partnerships) an actor's state is party to. */
export function partyScope(actor: Actor): ListScope {
  switch (actor.role) {
    case Role.DONOR:
      return (query, alias) =>
        query.andWhere(
          `${alias}.offer_id IN (SELECT id FROM offers WHERE donor_iso3 = :actorState)`,
          { actorState: actor.memberState },
        );
    case Role.TPCC:
      return (query, alias) =>
        query.andWhere(
          `${alias}.gap_id IN (SELECT id FROM capability_gaps WHERE member_state_iso3 = :actorState)`,
          { actorState: actor.memberState },
        );
    default:
      return EVERYTHING;
  }
}

/**
 * A donor answers (and sees) only proposals on its own offers, a T/PCC only those on its own gaps;
 * coordinators answer for either side (they say which); analysts and admins only read.
 */
export const ProposalPolicy = {
  read: allow(...ALL_ROLES),
  scope: partyScope,

  answer: allowIf(
    [Role.COORDINATOR, Role.DONOR, Role.TPCC],
    async (actor, args, { dataSource }) => {
      const own = sideOf(actor);
      if (!own) return true;
      const side = inputField(args, 'side');
      if (side !== undefined && side !== null && side !== own) return false;
      const id = asUuid(inputField(args, 'id'));
      if (!id) return true;
      const row = await dataSource
        .getRepository(Proposal)
        .createQueryBuilder('proposal')
        .innerJoin('proposal.gap', 'gap')
        .innerJoin('proposal.offer', 'offer')
        .select(['gap.member_state_iso3 AS "gapState"', 'offer.donor_iso3 AS "donor"'])
        .where('proposal.id = :id', { id })
        .getRawOne<{ gapState: string; donor: string }>();
      // A missing proposal is the service's NOT_FOUND to report.
      if (!row) return true;
      return own === ProposalSide.DONOR
        ? row.donor === actor.memberState
        : row.gapState === actor.memberState;
    },
    "A donor answers only proposals on its own state's offers, as DONOR; a T/PCC only those on its own gaps, as TPCC",
  ),
};
