import { allow } from '@app/access';
import { ForbiddenError } from '@app/common';
import { ALL_ROLES, Role } from '@app/domain';
import { GapPolicy, type CapabilityGap } from '@app/gaps';
import { isParty, type Parties, sideOf } from '@app/match-runs';
import { type Actor, type RequestContext } from '@app/request-context';

import { type Comment } from './comment.entity';

/** The item a conversation is on, loaded by the service: a gap, or a proposal's or partnership's parties. */
export type CommentItem =
  { kind: 'gap'; gap: CapabilityGap } | { kind: 'proposal' | 'partnership'; parties: Parties };

/**
 * A conversation is seen by whoever may see its item (the gap, proposal and partnership policies):
 * a T/PCC on its own gaps and those it is party to, a donor on published gaps and the proposals and
 * partnerships of its offers, staff on everything. Coordinators, donors and T/PCCs write; analysts
 * and admins read. Only the author edits a comment; the author may delete it within
 * COMMENT_DELETE_WINDOW_SECONDS of writing it, a coordinator at any time.
 */
export const CommentPolicy = {
  read: allow(...ALL_ROLES),
  write: allow(Role.COORDINATOR, Role.DONOR, Role.TPCC),

  canSee(actor: Actor, item: CommentItem): boolean {
    if (item.kind === 'gap') return GapPolicy.canSee(actor, item.gap);
    return sideOf(actor) ? isParty(actor, item.parties) : true;
  },

  /** On the comment loaded and locked in the service's transaction. */
  assertCanEdit(ctx: RequestContext, comment: Comment): void {
    const actor = ctx.actorToCheck();
    if (actor && actor.userId !== comment.authorUserId)
      throw new ForbiddenError('Only its author may edit a comment');
  },

  /** On the comment loaded and locked in the service's transaction. */
  assertCanDelete(ctx: RequestContext, comment: Comment, windowSeconds: number, now: Date): void {
    const actor = ctx.actorToCheck();
    if (!actor || actor.role === Role.COORDINATOR) return;
    const minutes = Math.round(windowSeconds / 60);
    if (actor.userId !== comment.authorUserId)
      throw new ForbiddenError(
        `Only its author (within ${minutes} minutes of writing it) or a coordinator may delete a comment`,
      );
    if (now.getTime() - comment.createdAt.getTime() > windowSeconds * 1000)
      throw new ForbiddenError(
        `Its author may delete a comment only within ${minutes} minutes of writing it; after that, ask a coordinator`,
      );
  },
};
