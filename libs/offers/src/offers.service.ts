import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { EVERYTHING, type ListScope } from '@app/access';
import {
  assertTransition,
  assertWindow,
  AutomaticMatching,
  BadInputError,
  ConflictError,
  type Connection,
  ISO3_PATTERN,
  paginate,
  type RequestLoaders,
  sortKeyFor,
} from '@app/common';
import { applyPatch, batchedLookup, findForUpdate } from '@app/persistence';
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
import { type OffersArgs } from './dto/offers.args';
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

@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matchScheduler: AutomaticMatching,
  ) {}

  private get offers() {
    return this.dataSource.getRepository(Offer);
  }

  findById(id: string): Promise<Offer | null> {
    return this.offers.findOneBy({ id });
  }

  /** Batches the offer lookups of one request (nested `offer` fields). */
  loader(loaders: RequestLoaders) {
    return batchedLookup(loaders, 'offerById', this.offers, 'id');
  }

  list(args: OffersArgs, scope: ListScope = EVERYTHING): Promise<Connection<Offer>> {
    const query = this.offers.createQueryBuilder('offer');
    scope(query, 'offer');
    OFFER_FILTER.apply(query, args.filter, 'offer');
    return paginate(query, args, sortKeyFor(OFFER_ORDERING, args.orderBy));
  }

  async create(ctx: RequestContext, input: CreateOfferInput): Promise<Offer> {
    const offer = await this.dataSource.transaction(async (manager) =>
      manager.save(await this.prepare(ctx.withManager(manager), input)),
    );
    await this.scheduleMatchingIf(offer.status, `offer ${offer.id} created`);
    return offer;
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

  async update(ctx: RequestContext, input: UpdateOfferInput): Promise<Offer> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const offer = await findForUpdate(manager, Offer, 'Offer', input.id);
      OfferPolicy.assertCanChange(ctx, offer);
      if (!EDITABLE_OFFER_STATUSES.includes(offer.status)) {
        throw new ConflictError(
          `Offer ${offer.id} is ${offer.status} and can no longer be edited`,
          'input.id',
          { status: offer.status },
        );
      }
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
      if (MATCHABLE_OFFER_STATUSES.includes(offer.status)) {
        offer.status = offerStatusFor(offer.usableCapacity, offer.confirmedCapacity);
      }
      return manager.save(offer);
    });
    await this.scheduleMatchingIf(updated.status, `offer ${updated.id} changed`);
    return updated;
  }

  open(ctx: RequestContext, id: string): Promise<Offer> {
    return this.transition(ctx, id, OfferStatus.OPEN, null);
  }

  withdraw(ctx: RequestContext, id: string, reason?: string): Promise<Offer> {
    return this.transition(ctx, id, OfferStatus.WITHDRAWN, reason ?? null);
  }

  private async transition(
    ctx: RequestContext,
    id: string,
    to: OfferStatus,
    reason: string | null,
  ): Promise<Offer> {
    let from = to;
    const offer = await this.dataSource.transaction(async (manager) => {
      const offer = await findForUpdate(manager, Offer, 'Offer', id);
      OfferPolicy.assertCanChange(ctx, offer);
      assertTransition(OFFER_STATUS_MACHINE, 'Offer', id, offer.status, to);
      from = offer.status;
      offer.status = to;
      offer.statusReason = reason;
      return manager.save(offer);
    });
    // Leaving matching also matters: the next run expires the offer's open proposals.
    await this.scheduleMatchingIf(
      MATCHABLE_OFFER_STATUSES.includes(from) ? from : to,
      `offer ${id} ${from} → ${to}`,
    );
    return offer;
  }

  /** Schedules an automatic match run when the change concerns an offer that is being matched. */
  private async scheduleMatchingIf(status: OfferStatus, reason: string): Promise<void> {
    if (MATCHABLE_OFFER_STATUSES.includes(status)) await this.matchScheduler.schedule(reason);
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
