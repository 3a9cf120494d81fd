import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import {
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  PartnershipStatus,
  ProposalStatus,
} from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import {
  type MatchGap,
  type MatchInstance,
  type MatchOffer,
  type MatchPartnership,
  type Weights,
} from '@app/matching';
import { Offer } from '@app/offers';

import { Proposal } from './proposal.entity';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function toMatchOffer(offer: Offer): MatchOffer {
  const committed = offer.reservedCapacity + offer.confirmedCapacity;
  return {
    id: offer.id,
    donor: offer.donorIso3,
    category: offer.category,
    capabilities: offer.capabilities,
    capacity: offer.remainingCapacity,
    languages: offer.languages,
    eligible: offer.eligible,
    excluded: offer.excluded,
    availableFrom: offer.availableFrom,
    availableTo: offer.availableTo,
    costPerUnit: offer.costPerUnit,
    budget:
      offer.budget === null || offer.costPerUnit === null
        ? offer.budget
        : offer.budget - offer.costPerUnit * committed,
    deliveryModes: offer.deliveryModes,
  };
}

export function toMatchGap(gap: CapabilityGap, declinedOffers: string[]): MatchGap {
  return {
    id: gap.id,
    memberState: gap.memberStateIso3,
    mission: gap.missionCode,
    category: gap.category,
    capability: gap.capability,
    quantity: gap.remainingQuantity,
    priority: gap.priority,
    languages: gap.languages,
    neededFrom: gap.neededFrom,
    neededBy: gap.neededBy,
    deliveryModes: gap.preferredDeliveryModes,
    declinedOffers,
  };
}

/**
 * Reads what the engine needs from the database: matchable gaps and offers with their remaining
 * quantities (quantity − reserved − confirmed), pairs declined before, and the partnerships
 * between states. Used by the worker and by the what-if query.
 */
@Injectable()
export class MatchInstanceLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(weights: Partial<Weights>): Promise<MatchInstance> {
    const [gaps, offers, declined, partnerships] = await Promise.all([
      this.dataSource
        .getRepository(CapabilityGap)
        .findBy({ status: In([...MATCHABLE_GAP_STATUSES]) }),
      this.dataSource.getRepository(Offer).findBy({ status: In([...MATCHABLE_OFFER_STATUSES]) }),
      this.dataSource.getRepository(Proposal).find({
        select: { gapId: true, offerId: true },
        where: { status: ProposalStatus.DECLINED },
      }),
      this.loadPartnerships(),
    ]);
    const declinedByGap = new Map<string, string[]>();
    for (const { gapId, offerId } of declined) {
      declinedByGap.set(gapId, [...(declinedByGap.get(gapId) ?? []), offerId]);
    }
    return {
      asOf: today(),
      weights,
      gaps: gaps
        .filter((gap) => gap.remainingQuantity > 0)
        .map((gap) => toMatchGap(gap, declinedByGap.get(gap.id) ?? [])),
      offers: offers.filter((offer) => offer.remainingCapacity > 0).map(toMatchOffer),
      partnerships,
    };
  }

  /**
   * Pairs of states with a confirmed partnership: ACTIVE ones count as existing, COMPLETED ones as
   * past. Read by table name: the partnerships library builds on this one, not the reverse.
   */
  private async loadPartnerships(): Promise<MatchPartnership[]> {
    const rows = await this.dataSource.query<
      { donor: string; member_state: string; active: boolean }[]
    >(
      `SELECT o.donor_iso3 AS donor, g.member_state_iso3 AS member_state,
              bool_or(p.status = $1) AS active
         FROM partnerships p
         JOIN offers o ON o.id = p.offer_id
         JOIN capability_gaps g ON g.id = p.gap_id
        GROUP BY o.donor_iso3, g.member_state_iso3
        ORDER BY 1, 2`,
      [PartnershipStatus.ACTIVE],
    );
    return rows.map((row) => ({
      donor: row.donor,
      memberState: row.member_state,
      kind: row.active ? 'EXISTING' : 'PAST',
    }));
  }
}
