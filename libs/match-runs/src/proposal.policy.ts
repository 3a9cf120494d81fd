import { allow, EVERYTHING, type ListScope } from '@app/access';
import { BadInputError, ForbiddenError } from '@app/common';
import { ALL_ROLES, ProposalSide, Role } from '@app/domain';
import { type Actor, type RequestContext } from '@app/request-context';

import { type Parties } from './parties';

/** The side a DONOR or TPCC user answers for; coordinators say which side they act for. */
export function sideOf(actor: Actor): ProposalSide | null {
  if (actor.role === Role.DONOR) return ProposalSide.DONOR;
  if (actor.role === Role.TPCC) return ProposalSide.TPCC;
  return null;
}

/** Whether the actor's state is the party of its own side (a donor: the offer's; a T/PCC: the gap's). */
export function isParty(actor: Actor, parties: Parties): boolean {
  const own = sideOf(actor);
  if (own === ProposalSide.DONOR) return parties.donor === actor.memberState;
  if (own === ProposalSide.TPCC) return parties.gapState === actor.memberState;
  return false;
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

  answer: allow(Role.COORDINATOR, Role.DONOR, Role.TPCC),

  /**
   * The side an answer is for: a donor or T/PCC answers for its own (naming the other is
   * FORBIDDEN); a coordinator, and trusted code, must say which. Checked before the proposal is
   * loaded.
   */
  answeringSide(ctx: RequestContext, side: ProposalSide | null | undefined): ProposalSide {
    const actor = ctx.actorToCheck();
    const own = actor && sideOf(actor);
    if (own && side !== undefined && side !== null && side !== own) {
      throw new ForbiddenError(REFUSAL);
    }
    const answering = side ?? own;
    if (!answering) {
      throw new BadInputError(
        'input.side',
        'input.side: say which side (TPCC or DONOR) you answer for',
      );
    }
    return answering;
  },

  /**
   * On the proposal the service loaded (and locked) in its transaction, before any other check:
   * a donor or T/PCC answers only proposals its state is party to. `parties` is read only then.
   */
  async assertCanAnswer(ctx: RequestContext, parties: () => Promise<Parties>): Promise<void> {
    const actor = ctx.actorToCheck();
    if (actor && sideOf(actor) && !isParty(actor, await parties())) {
      throw new ForbiddenError(REFUSAL);
    }
  },
};

const REFUSAL =
  "A donor answers only proposals on its own state's offers, as DONOR; a T/PCC only those on its own gaps, as TPCC";
