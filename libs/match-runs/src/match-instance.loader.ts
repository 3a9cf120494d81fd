import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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
import { RowSelection } from '@app/persistence';

/** The loader names every property it reads: no key or derived field beyond them. */
const NOTHING_MORE = { always: [], derived: {} };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The offer properties `toMatchOffer` reads (the usable and remaining capacity's included). */
const MATCH_OFFER_PROPERTIES = [
  'id',
  'donorIso3',
  'category',
  'capabilities',
  'capacity',
  'reservedCapacity',
  'confirmedCapacity',
  'languages',
  'eligible',
  'excluded',
  'availableFrom',
  'availableTo',
  'costPerUnit',
  'budget',
  'deliveryModes',
];

/** The gap properties `toMatchGap` reads (the remaining quantity's included). */
const MATCH_GAP_PROPERTIES = [
  'id',
  'memberStateIso3',
  'missionCode',
  'category',
  'capability',
  'quantity',
  'reservedQuantity',
  'confirmedQuantity',
  'priority',
  'languages',
  'neededFrom',
  'neededBy',
  'preferredDeliveryModes',
];

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
  private readonly gapRows: RowSelection<CapabilityGap>;
  private readonly offerRows: RowSelection<Offer>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.gapRows = new RowSelection(() => dataSource.getMetadata(CapabilityGap), NOTHING_MORE);
    this.offerRows = new RowSelection(() => dataSource.getMetadata(Offer), NOTHING_MORE);
  }

  async load(weights: Partial<Weights>): Promise<MatchInstance> {
    const [gaps, offers, declined, partnerships] = await Promise.all([
      this.matchable(this.gapRows, 'capability_gaps', MATCH_GAP_PROPERTIES, MATCHABLE_GAP_STATUSES),
      this.matchable(this.offerRows, 'offers', MATCH_OFFER_PROPERTIES, MATCHABLE_OFFER_STATUSES),
      this.dataSource.query<{ gapId: string; offerId: string }[]>(
        'SELECT gap_id AS "gapId", offer_id AS "offerId" FROM proposals WHERE status = $1',
        [ProposalStatus.DECLINED],
      ),
      this.loadPartnerships(),
    ]);
    const declinedByGap = new Map<string, string[]>();
    for (const { gapId, offerId } of declined) {
      const offerIds = declinedByGap.get(gapId);
      if (offerIds) offerIds.push(offerId);
      else declinedByGap.set(gapId, [offerId]);
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
   * The rows of `table` in these statuses, as entities of only the properties the engine reads:
   * a worker's run reads tens of thousands, and TypeORM's `find` made each from every column in
   * one synchronous pass (390 ms for 20,000 gaps, during which the worker answered no health
   * check and renewed no lock).
   */
  private async matchable<T extends CapabilityGap | Offer>(
    rows: RowSelection<T>,
    table: string,
    properties: readonly string[],
    statuses: readonly string[],
  ): Promise<T[]> {
    const columns = rows.columnsFor(properties);
    // A name that is no column would quietly read them all.
    if (columns.key === '*')
      throw new Error(`${table}: ${properties.join(', ')} are not all columns`);
    const select = rows.selectList('t', columns).join(', ');
    return rows.hydrate(
      await this.dataSource.query(`SELECT ${select} FROM ${table} t WHERE t.status = ANY($1)`, [
        [...statuses],
      ]),
      columns,
    );
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
