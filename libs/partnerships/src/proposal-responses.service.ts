import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AutomaticMatching, ConflictError } from '@app/common';
import { findForUpdate } from '@app/persistence';
import {
  gapStatusFor,
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  offerStatusFor,
  ProposalResponse,
  ProposalSide,
  ProposalStatus,
} from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { partiesOf, Proposal, ProposalPolicy } from '@app/match-runs';
import { NotificationKind, recordNotifications } from '@app/notifications';
import { Offer } from '@app/offers';
import { type RequestContext } from '@app/request-context';

import { Partnership } from './partnership.entity';
import { answerNotice, confirmedNotice } from './proposal-notices';

const RESPONSE_FIELDS = {
  [ProposalSide.TPCC]: { response: 'tpccResponse', at: 'tpccRespondedAt' },
  [ProposalSide.DONOR]: { response: 'donorResponse', at: 'donorRespondedAt' },
} as const;

export interface ProposalAnswer {
  proposal: Proposal;
  partnership: Partnership | null;
}

/**
 * The two-sided answer to a proposal. The first acceptance reserves the quantity on the gap and
 * the offer (so later runs and other proposals cannot take it); the second turns the reservation
 * into a CONFIRMED partnership. Rows are locked proposal → gap → offer, always in that order, so
 * parallel answers queue up instead of over-committing (and cannot deadlock each other).
 */
@Injectable()
export class ProposalResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matchScheduler: AutomaticMatching,
  ) {}

  /** `requestedSide`: the side answering (a party's own if left out; ProposalPolicy.answeringSide). */
  async accept(
    ctx: RequestContext,
    id: string,
    requestedSide?: ProposalSide | null,
  ): Promise<ProposalAnswer> {
    const side = ProposalPolicy.answeringSide(ctx, requestedSide);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOpenProposal(ctx, manager, id, side);
      const mine = RESPONSE_FIELDS[side];
      if (proposal[mine.response] === ProposalResponse.ACCEPTED) {
        // Accepting twice is harmless: the first acceptance stands.
        return { proposal, partnership: null };
      }
      const { gap, offer } = await this.lockGapAndOffer(manager, proposal);
      this.assertStillMatching(gap, offer);
      proposal[mine.response] = ProposalResponse.ACCEPTED;
      proposal[mine.at] = new Date();

      const tx = ctx.withManager(manager);
      const parties = { gapState: gap.memberStateIso3, donor: offer.donorIso3 };
      const accepted = answerNotice(
        ctx,
        NotificationKind.PROPOSAL_ACCEPTED,
        proposal,
        side,
        parties,
        gap.title,
      );

      if (proposal.status === ProposalStatus.PROPOSED) {
        this.assertAvailable(proposal, gap, offer);
        gap.reservedQuantity += proposal.quantity;
        offer.reservedCapacity += proposal.quantity;
        proposal.status = ProposalStatus.ACCEPTED;
        await manager.save([gap, offer]);
        const saved = await manager.save(proposal);
        await recordNotifications(tx, [accepted]);
        return { proposal: saved, partnership: null };
      }

      // Both sides have now accepted: the reservation becomes a partnership.
      gap.reservedQuantity -= proposal.quantity;
      gap.confirmedQuantity += proposal.quantity;
      gap.status = gapStatusFor(gap.quantity, gap.confirmedQuantity);
      offer.reservedCapacity -= proposal.quantity;
      offer.confirmedCapacity += proposal.quantity;
      offer.status = offerStatusFor(offer.usableCapacity, offer.confirmedCapacity);
      proposal.status = ProposalStatus.CONFIRMED;
      await manager.save([gap, offer]);
      const partnership = await manager.save(
        manager.create(Partnership, {
          proposalId: proposal.id,
          gapId: proposal.gapId,
          offerId: proposal.offerId,
          quantity: proposal.quantity,
        }),
      );
      const saved = await manager.save(proposal);
      await recordNotifications(tx, [
        accepted,
        confirmedNotice(ctx, partnership, parties, gap.title),
      ]);
      return { proposal: saved, partnership };
    });
  }

  async decline(
    ctx: RequestContext,
    id: string,
    requestedSide?: ProposalSide | null,
    reason?: string,
  ): Promise<Proposal> {
    const side = ProposalPolicy.answeringSide(ctx, requestedSide);
    const proposal = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOpenProposal(ctx, manager, id, side);
      if (proposal.status === ProposalStatus.ACCEPTED) {
        // The other side had accepted: give the reserved quantity back.
        const { gap, offer } = await this.lockGapAndOffer(manager, proposal);
        gap.reservedQuantity -= proposal.quantity;
        offer.reservedCapacity -= proposal.quantity;
        await manager.save([gap, offer]);
      }
      const mine = RESPONSE_FIELDS[side];
      proposal[mine.response] = ProposalResponse.DECLINED;
      proposal[mine.at] = new Date();
      proposal.status = ProposalStatus.DECLINED;
      proposal.statusReason = reason ?? null;
      const saved = await manager.save(proposal);
      const { title } = await manager.findOneOrFail(CapabilityGap, {
        where: { id: proposal.gapId },
        select: { id: true, title: true },
      });
      await recordNotifications(ctx.withManager(manager), [
        answerNotice(
          ctx,
          NotificationKind.PROPOSAL_DECLINED,
          proposal,
          side,
          await partiesOf(manager, proposal),
          title,
        ),
      ]);
      return saved;
    });
    // The declined demand and capacity are free again: let a run find them another partner.
    await this.matchScheduler.schedule(`proposal ${id} declined`);
    return proposal;
  }

  /** Locks the proposal (NOT_FOUND), checks the actor may answer it, then that it is open. */
  private async lockOpenProposal(
    ctx: RequestContext,
    manager: EntityManager,
    id: string,
    side: ProposalSide,
  ): Promise<Proposal> {
    const proposal = await findForUpdate(manager, Proposal, 'Proposal', id);
    await ProposalPolicy.assertCanAnswer(ctx, () => partiesOf(manager, proposal));
    if (
      proposal.status !== ProposalStatus.PROPOSED &&
      proposal.status !== ProposalStatus.ACCEPTED
    ) {
      throw new ConflictError(
        `Proposal ${id} is ${proposal.status} and can no longer be answered`,
        'input.id',
        { status: proposal.status },
      );
    }
    if (proposal[RESPONSE_FIELDS[side].response] === ProposalResponse.DECLINED) {
      throw new ConflictError(`Proposal ${id} was declined by the ${side} side`, 'input.side');
    }
    return proposal;
  }

  private async lockGapAndOffer(
    manager: EntityManager,
    proposal: Proposal,
  ): Promise<{ gap: CapabilityGap; offer: Offer }> {
    const gap = await findForUpdate(manager, CapabilityGap, 'CapabilityGap', proposal.gapId);
    const offer = await findForUpdate(manager, Offer, 'Offer', proposal.offerId);
    return { gap, offer };
  }

  /** Nothing is accepted for a gap or an offer that has left matching (cancelled, withdrawn…). */
  private assertStillMatching(gap: CapabilityGap, offer: Offer): void {
    if (!MATCHABLE_GAP_STATUSES.includes(gap.status)) {
      throw new ConflictError(
        `CapabilityGap ${gap.id} is ${gap.status}: its proposals can no longer be accepted`,
        'input.id',
        { gapStatus: gap.status },
      );
    }
    if (!MATCHABLE_OFFER_STATUSES.includes(offer.status)) {
      throw new ConflictError(
        `Offer ${offer.id} is ${offer.status}: its proposals can no longer be accepted`,
        'input.id',
        { offerStatus: offer.status },
      );
    }
  }

  /** The first acceptance may only reserve what is still free on both sides. */
  private assertAvailable(proposal: Proposal, gap: CapabilityGap, offer: Offer): void {
    if (proposal.quantity > gap.remainingQuantity || proposal.quantity > offer.remainingCapacity) {
      throw new ConflictError(
        `Proposal ${proposal.id} asks for ${proposal.quantity} units but the gap has ${gap.remainingQuantity} and the offer ${offer.remainingCapacity} left; wait for the next match run`,
        'input.id',
        {
          quantity: proposal.quantity,
          gapRemaining: gap.remainingQuantity,
          offerRemaining: offer.remainingCapacity,
        },
      );
    }
  }
}
