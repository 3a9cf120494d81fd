import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import {
  assertWindow,
  AutomaticMatching,
  BadInputError,
  ConflictError,
  ISO3_PATTERN,
} from '@app/common';
import { applyPatch, MatchableRegister, type RegisterSpec } from '@app/persistence';
import {
  EDITABLE_OFFER_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  OFFER_STATUS_MACHINE,
  OfferStatus,
  offerStatusFor,
} from '@app/domain';
import { isM49RegionCode } from '@app/geo';
import { MemberState } from '@app/reference-data';
import { type RequestContext, type TransactionContext } from '@app/request-context';

import { type CreateOfferInput } from './dto/create-offer.input';
import { type UpdateOfferInput } from './dto/update-offer.input';
import { OFFER_FILTER } from './offer-filters';
import { Offer } from './offer.entity';
import { OFFER_ORDERING } from './offer-ordering';
import { OfferPolicy } from './offer.policy';

/** Fields an update may clear with an explicit null, and what null becomes. */
const CLEARABLE_OFFER_FIELDS = {
  capabilities: [],
  description: '',
  costPerUnit: null,
  budget: null,
  deliveryModes: [],
  eligible: [],
  excluded: [],
};

/** The offer register: what differs from the gap register (see MatchableRegister). */
const OFFER_REGISTER: RegisterSpec<Offer, OfferStatus> = {
  entity: Offer,
  noun: 'offer',
  filter: OFFER_FILTER,
  ordering: OFFER_ORDERING,
  selection: {
    always: ['id'],
    derived: {
      usableCapacity: ['capacity', 'costPerUnit', 'budget'],
      remainingCapacity: [
        'capacity',
        'costPerUnit',
        'budget',
        'reservedCapacity',
        'confirmedCapacity',
      ],
      donor: ['donorIso3'],
      proposals: [],
    },
  },
  visibility: OfferPolicy,
  machine: OFFER_STATUS_MACHINE,
  editable: EDITABLE_OFFER_STATUSES,
  matchable: MATCHABLE_OFFER_STATUSES,
  statusAfterChange: (offer) => offerStatusFor(offer.usableCapacity, offer.confirmedCapacity),
};

@Injectable()
export class OffersService extends MatchableRegister<Offer, OfferStatus, CreateOfferInput> {
  constructor(@InjectDataSource() dataSource: DataSource, matchScheduler: AutomaticMatching) {
    super(dataSource, matchScheduler, OFFER_REGISTER);
  }

  /**
   * The checks of createOffer and the offer it would create, not saved: createOffer saves it, an
   * import checks every row of a file this way in its one transaction (`ctx.manager`). Whether the
   * actor may post it comes first (FORBIDDEN before any other error). Schedules no match run.
   */
  async prepare(ctx: TransactionContext, input: CreateOfferInput): Promise<Offer> {
    OfferPolicy.assertCanPost(ctx, input.donor);
    const { manager } = ctx;
    const offer = this.fromInput(manager, input);
    await this.assertConsistent(manager, offer);
    if (input.externalRef && (await manager.existsBy(Offer, { externalRef: input.externalRef }))) {
      throw new ConflictError(
        `input.externalRef: an offer with the reference ${input.externalRef} already exists`,
        'input.externalRef',
      );
    }
    return offer;
  }

  /**
   * An offer that is only being considered (a what-if pledge): checked by the same rules as
   * createOffer, never saved. Errors name the field under `path`, e.g. `input.offers[0].donor`.
   */
  async checkHypothetical(input: CreateOfferInput, path: string): Promise<Offer> {
    const offer = this.fromInput(this.dataSource.manager, input);
    offer.status = OfferStatus.OPEN;
    try {
      await this.assertConsistent(this.dataSource.manager, offer);
    } catch (error) {
      if (!(error instanceof BadInputError) || !error.field) throw error;
      const field = error.field.replace(/^input/, path);
      throw new BadInputError(field, error.message.replace(error.field, field), error.details);
    }
    return offer;
  }

  private fromInput(manager: EntityManager, input: CreateOfferInput): Offer {
    return manager.create(Offer, {
      donorIso3: input.donor,
      category: input.category,
      capabilities: input.capabilities ?? [],
      title: input.title,
      description: input.description ?? '',
      capacity: input.capacity,
      unit: input.unit,
      costPerUnit: input.costPerUnit ?? null,
      budget: input.budget ?? null,
      languages: input.languages,
      deliveryModes: input.deliveryModes ?? [],
      eligible: input.eligible ?? [],
      excluded: input.excluded ?? [],
      availableFrom: input.availableFrom,
      availableTo: input.availableTo,
      status: input.open ? OfferStatus.OPEN : OfferStatus.DRAFT,
      statusReason: null,
      reservedCapacity: 0,
      confirmedCapacity: 0,
      externalRef: input.externalRef ?? null,
    });
  }

  update(ctx: RequestContext, input: UpdateOfferInput): Promise<Offer> {
    return this.change(ctx, input.id, async (offer, manager) => {
      const { id: _id, ...changes } = input;
      applyPatch(offer, changes, CLEARABLE_OFFER_FIELDS);
      await this.assertConsistent(manager, offer);
      const committed = offer.reservedCapacity + offer.confirmedCapacity;
      if (offer.usableCapacity < committed) {
        const field = input.capacity !== undefined ? 'input.capacity' : 'input.budget';
        throw new BadInputError(
          field,
          `${field}: the offer would allow ${offer.usableCapacity} units, fewer than the ${committed} already accepted or confirmed`,
          { committed, usableCapacity: offer.usableCapacity },
        );
      }
    });
  }

  open(ctx: RequestContext, id: string): Promise<Offer> {
    return this.transition(ctx, id, OfferStatus.OPEN, null);
  }

  withdraw(ctx: RequestContext, id: string, reason?: string): Promise<Offer> {
    return this.transition(ctx, id, OfferStatus.WITHDRAWN, reason ?? null);
  }

  /** A donor changes only its own state's offers (checked on the locked row). */
  protected override assertCanChange(ctx: RequestContext, offer: Offer): void {
    OfferPolicy.assertCanChange(ctx, offer);
  }

  /** Rules across fields and against reference data, checked on create and on every update. */
  private async assertConsistent(manager: EntityManager, offer: Offer): Promise<void> {
    assertWindow(offer.availableFrom, offer.availableTo, 'input.availableTo');
    if (offer.budget !== null && offer.costPerUnit === null) {
      throw new BadInputError(
        'input.costPerUnit',
        'input.costPerUnit: an offer with a budget needs a cost per unit',
      );
    }
    const invalidRegions = offer.eligible.filter(
      (code) => !ISO3_PATTERN.test(code) && !isM49RegionCode(code),
    );
    if (invalidRegions.length > 0) {
      throw new BadInputError(
        'input.eligible',
        `input.eligible: ${invalidRegions.join(', ')} is not an M49 region code`,
      );
    }
    const eligibleStates = offer.eligible.filter((code) => ISO3_PATTERN.test(code));
    const referenced = [offer.donorIso3, ...eligibleStates, ...offer.excluded];
    const known = new Set(
      (await manager.findBy(MemberState, { iso3: In([...new Set(referenced)]) })).map(
        (s) => s.iso3,
      ),
    );
    if (!known.has(offer.donorIso3)) {
      throw new BadInputError(
        'input.donor',
        `input.donor: ${offer.donorIso3} is not a UN member state`,
      );
    }
    for (const field of ['eligible', 'excluded'] as const) {
      const unknown = offer[field].filter((code) => ISO3_PATTERN.test(code) && !known.has(code));
      if (unknown.length > 0) {
        throw new BadInputError(
          `input.${field}`,
          `input.${field}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not UN member states`,
        );
      }
    }
  }
}
