import { ProposalSide } from '@app/domain';
import { type Parties, type Proposal } from '@app/match-runs';
import { type Notice, NotificationKind } from '@app/notifications';
import { type RequestContext } from '@app/request-context';

import { type Partnership } from './partnership.entity';

/** Both parties' users but the one who acted: who hears of an answer or a follow-up. */
function bothParties(ctx: RequestContext, parties: Parties) {
  return { donorState: parties.donor, tpccState: parties.gapState, except: ctx.actor?.userId };
}

/** One side accepted or declined a proposal (`side`: the side that answered). */
export function answerNotice(
  ctx: RequestContext,
  kind: NotificationKind.PROPOSAL_ACCEPTED | NotificationKind.PROPOSAL_DECLINED,
  proposal: Proposal,
  side: ProposalSide,
  parties: Parties,
  gapTitle: string,
): Notice {
  return {
    kind,
    key: `${kind}:${proposal.id}:${side}`,
    recipients: bothParties(ctx, parties),
    subject: { gapId: proposal.gapId, offerId: proposal.offerId, proposalId: proposal.id },
    title: gapTitle,
    params: {
      side,
      state: side === ProposalSide.DONOR ? parties.donor : parties.gapState,
      quantity: proposal.quantity,
    },
  };
}

export function confirmedNotice(
  ctx: RequestContext,
  partnership: Partnership,
  parties: Parties,
  gapTitle: string,
): Notice {
  return {
    kind: NotificationKind.PARTNERSHIP_CONFIRMED,
    key: `${NotificationKind.PARTNERSHIP_CONFIRMED}:${partnership.id}`,
    recipients: bothParties(ctx, parties),
    subject: {
      gapId: partnership.gapId,
      offerId: partnership.offerId,
      proposalId: partnership.proposalId,
      partnershipId: partnership.id,
    },
    title: gapTitle,
    params: { donor: parties.donor, tpcc: parties.gapState, quantity: partnership.quantity },
  };
}

/** `deliveryNumber`: the delivered quantity after it, which tells deliveries apart. */
export function deliveryNotice(
  ctx: RequestContext,
  partnership: Partnership,
  parties: Parties,
  gapTitle: string,
  quantity: number,
): Notice {
  return {
    kind: NotificationKind.DELIVERY_RECORDED,
    key: `${NotificationKind.DELIVERY_RECORDED}:${partnership.id}:${partnership.deliveredQuantity}`,
    recipients: bothParties(ctx, parties),
    subject: {
      gapId: partnership.gapId,
      offerId: partnership.offerId,
      partnershipId: partnership.id,
    },
    title: gapTitle,
    params: { quantity, delivered: partnership.deliveredQuantity, total: partnership.quantity },
  };
}
