import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { scopeOf } from '@app/access';
import {
  assertTransition,
  assertWindow,
  BadInputError,
  ConflictError,
  type Connection,
  NotFoundError,
  paginate,
  type RequestLoaders,
  sortKeyFor,
} from '@app/common';
import { AppConfig } from '@app/config';
import { OPEN_PLEDGE_STATUSES, PLEDGE_STATUS_MACHINE, PledgeFlag, PledgeStatus } from '@app/domain';
import { Offer, OfferPolicy } from '@app/offers';
import { applyPatch, batchedChildren, batchedLookup, findForUpdate } from '@app/persistence';
import { MemberState, Mission } from '@app/reference-data';
import { type RequestContext, type TransactionContext } from '@app/request-context';

import { type AddMinisterialRequirementInput } from './dto/add-requirement.input';
import { type ChangePledgeStatusInput } from './dto/change-pledge-status.input';
import { type CreateMinisterialInput } from './dto/create-ministerial.input';
import { type CreatePledgeInput } from './dto/create-pledge.input';
import { type ImportMinisterialRequirementInput } from './dto/import-requirement.input';
import { type PledgeOfferInput } from './dto/ids.input';
import { type MinisterialsArgs, type PledgesArgs } from './dto/pledges.args';
import { type UpdatePledgeInput } from './dto/update-pledge.input';
import { MinisterialRequirement } from './ministerial-requirement.entity';
import { Ministerial } from './ministerial.entity';
import { PLEDGE_FILTER, PLEDGE_FLAG_SQL, UNLINKED_DAYS_PARAM } from './pledge-filters';
import { type PledgeFulfilment } from './pledge-fulfilment.model';
import { PledgeOffer } from './pledge-offer.entity';
import { MINISTERIAL_ORDERING, PLEDGE_ORDERING } from './pledge-ordering';
import { PledgeStatusChange } from './pledge-status-change.entity';
import { Pledge } from './pledge.entity';
import { PledgePolicy } from './pledge.policy';

/** Fields an update may clear with an explicit null, and what null becomes. */
const CLEARABLE_PLEDGE_FIELDS = {
  members: [],
  capability: null,
  textEn: null,
  textFr: null,
  quantity: null,
  unit: null,
};

/** Ministerials, their requirement lists, pledges, their status ladder and their linked offers. */
@Injectable()
export class PledgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  // Ministerials and requirement lists

  listMinisterials(args: MinisterialsArgs): Promise<Connection<Ministerial>> {
    const query = this.dataSource.getRepository(Ministerial).createQueryBuilder('ministerial');
    return paginate(query, args, sortKeyFor(MINISTERIAL_ORDERING, args.orderBy));
  }

  findMinisterial(id: string): Promise<Ministerial | null> {
    return this.dataSource.getRepository(Ministerial).findOneBy({ id });
  }

  ministerialLoader(loaders: RequestLoaders) {
    return batchedLookup(
      loaders,
      'ministerialById',
      this.dataSource.getRepository(Ministerial),
      'id',
    );
  }

  /** Batches the requirement lines of each Ministerial of a request. */
  requirementsLoader(loaders: RequestLoaders) {
    return batchedChildren(
      loaders,
      'requirementsByMinisterial',
      this.dataSource.getRepository(MinisterialRequirement),
      'ministerialId',
      { category: 'ASC', capability: 'ASC', createdAt: 'ASC', id: 'ASC' },
    );
  }

  async createMinisterial(
    _ctx: RequestContext,
    input: CreateMinisterialInput,
  ): Promise<Ministerial> {
    assertWindow(input.heldOn, input.endsOn, 'input.endsOn');
    return this.dataSource.transaction(async (manager) => {
      if (input.hostCountry)
        await this.assertStates(manager, [input.hostCountry], 'input.hostCountry');
      if (await manager.existsBy(Ministerial, { code: input.code }))
        throw new ConflictError(
          `input.code: a Ministerial ${input.code} already exists`,
          'input.code',
        );
      return manager.save(
        manager.create(Ministerial, {
          code: input.code,
          name: input.name,
          city: input.city,
          hostCountryIso3: input.hostCountry ?? null,
          heldOn: input.heldOn,
          endsOn: input.endsOn,
        }),
      );
    });
  }

  async addRequirement(
    _ctx: RequestContext,
    input: AddMinisterialRequirementInput,
  ): Promise<MinisterialRequirement> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Ministerial, { id: input.ministerialId })))
        throw new NotFoundError('Ministerial', input.ministerialId, 'input.ministerialId');
      return manager.save(await this.requirementLine(manager, input.ministerialId, input));
    });
  }

  /**
   * One row of a requirement list import, checked as addMinisterialRequirement checks its input
   * (its Ministerial named by code), in the import's transaction; not saved (the import saves
   * every row at once, or none).
   */
  async prepareRequirement(
    ctx: TransactionContext,
    input: ImportMinisterialRequirementInput,
  ): Promise<MinisterialRequirement> {
    const ministerial = await ctx.manager.findOneBy(Ministerial, { code: input.ministerial });
    if (!ministerial)
      throw new BadInputError(
        'input.ministerial',
        `input.ministerial: no Ministerial ${input.ministerial}`,
      );
    return this.requirementLine(ctx.manager, ministerial.id, input);
  }

  /** A requirement line of the Ministerial, its mission checked; not saved. */
  private async requirementLine(
    manager: EntityManager,
    ministerialId: string,
    input: Omit<AddMinisterialRequirementInput, 'ministerialId'> & { externalRef?: string | null },
  ): Promise<MinisterialRequirement> {
    if (input.mission && !(await manager.existsBy(Mission, { code: input.mission })))
      throw new BadInputError('input.mission', `input.mission: no mission ${input.mission}`);
    return manager.create(MinisterialRequirement, {
      ministerialId,
      category: input.category,
      capability: input.capability,
      missionCode: input.mission ?? null,
      quantity: input.quantity,
      unit: input.unit,
      description: input.description ?? '',
      externalRef: input.externalRef ?? null,
    });
  }

  async removeRequirement(_ctx: RequestContext, id: string): Promise<MinisterialRequirement> {
    return this.dataSource.transaction(async (manager) => {
      const line = await findForUpdate(
        manager,
        MinisterialRequirement,
        'MinisterialRequirement',
        id,
      );
      const removed = { ...line };
      await manager.remove(line);
      return Object.assign(new MinisterialRequirement(), removed);
    });
  }

  // Pledges

  /** The pledges the caller may see (all for jobs and the CLI), filtered, ordered, one page. */
  list(ctx: RequestContext, args: PledgesArgs): Promise<Connection<Pledge>> {
    const scope = scopeOf(ctx, PledgePolicy);
    const query = this.dataSource.getRepository(Pledge).createQueryBuilder('pledge');
    query.setParameter(UNLINKED_DAYS_PARAM, this.config.pledgeUnlinkedFlagDays);
    scope(query, 'pledge');
    PLEDGE_FILTER.apply(query, args.filter, 'pledge');
    return paginate(query, args, sortKeyFor(PLEDGE_ORDERING, args.orderBy));
  }

  findById(id: string): Promise<Pledge | null> {
    return this.dataSource.getRepository(Pledge).findOneBy({ id });
  }

  /** The pledge if the caller may see it; null when missing or not theirs (alike). */
  async findVisible(ctx: RequestContext, id: string): Promise<Pledge | null> {
    const pledge = await this.findById(id);
    const actor = ctx.actorToCheck();
    return pledge && (!actor || PledgePolicy.canSee(actor, pledge)) ? pledge : null;
  }

  async create(ctx: RequestContext, input: CreatePledgeInput): Promise<Pledge> {
    PledgePolicy.assertCanPledge(ctx, input.lead);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Ministerial, { id: input.ministerialId })))
        throw new NotFoundError('Ministerial', input.ministerialId, 'input.ministerialId');
      const now = new Date();
      const pledge = manager.create(Pledge, {
        ministerialId: input.ministerialId,
        leadIso3: input.lead,
        memberIso3s: input.members ?? [],
        kind: input.kind,
        category: input.category,
        capability: input.capability ?? null,
        textEn: input.textEn ?? null,
        textFr: input.textFr ?? null,
        quantity: input.quantity ?? null,
        unit: input.unit ?? null,
        status: PledgeStatus.ANNOUNCED,
        statusChangedAt: now,
        statusReason: null,
      });
      await this.assertConsistent(manager, pledge);
      const saved = await manager.save(pledge);
      await this.recordChange(ctx, manager, saved, null, null, now);
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdatePledgeInput): Promise<Pledge> {
    return this.dataSource.transaction(async (manager) => {
      const pledge = await findForUpdate(manager, Pledge, 'Pledge', input.id);
      PledgePolicy.assertCanChange(ctx, pledge);
      this.assertOpen(pledge, 'changed');
      const { id: _id, members, ...changes } = input;
      applyPatch(
        pledge,
        { ...changes, memberIso3s: members },
        {
          ...CLEARABLE_PLEDGE_FIELDS,
          memberIso3s: [],
        },
      );
      await this.assertConsistent(manager, pledge);
      return manager.save(pledge);
    });
  }

  /**
   * One step of the ladder (or WITHDRAWN), dated, with who and why; an illegal step is CONFLICT
   * and writes nothing.
   */
  async changeStatus(ctx: RequestContext, input: ChangePledgeStatusInput): Promise<Pledge> {
    return this.dataSource.transaction(async (manager) => {
      const pledge = await findForUpdate(manager, Pledge, 'Pledge', input.id);
      PledgePolicy.assertCanChange(ctx, pledge);
      const from = pledge.status;
      assertTransition(PLEDGE_STATUS_MACHINE, 'Pledge', pledge.id, from, input.status);
      const now = new Date();
      pledge.status = input.status;
      pledge.statusChangedAt = now;
      pledge.statusReason = input.reason;
      const saved = await manager.save(pledge);
      await this.recordChange(ctx, manager, saved, from, input.reason, now);
      return saved;
    });
  }

  async linkOffer(ctx: RequestContext, input: PledgeOfferInput): Promise<Pledge> {
    return this.changeLink(ctx, input, async (manager, pledge, offer) => {
      this.assertOpen(pledge, 'linked to offers');
      if (!pledge.states.includes(offer.donorIso3))
        throw new ConflictError(
          `input.offerId: offer ${offer.id} is ${offer.donorIso3}'s, not a state of the pledge (${pledge.states.join(', ')})`,
          'input.offerId',
        );
      if (await manager.existsBy(PledgeOffer, { pledgeId: pledge.id, offerId: offer.id }))
        throw new ConflictError(
          `input.offerId: offer ${offer.id} is already linked to pledge ${pledge.id}`,
          'input.offerId',
        );
      await manager.save(manager.create(PledgeOffer, { pledgeId: pledge.id, offerId: offer.id }));
    });
  }

  async unlinkOffer(ctx: RequestContext, input: PledgeOfferInput): Promise<Pledge> {
    return this.changeLink(ctx, input, async (manager, pledge, offer) => {
      const link = await manager.findOneBy(PledgeOffer, { pledgeId: pledge.id, offerId: offer.id });
      if (!link)
        throw new NotFoundError('PledgeOffer', `${pledge.id}/${offer.id}`, 'input.offerId');
      await manager.remove(link);
    });
  }

  /**
   * A change of one pledge-offer link, in one transaction: the pledge locked, the caller's right to
   * link checked, the offer found among those the caller sees, then `change`; answers the pledge.
   */
  private changeLink(
    ctx: RequestContext,
    input: PledgeOfferInput,
    change: (manager: EntityManager, pledge: Pledge, offer: Offer) => Promise<void>,
  ): Promise<Pledge> {
    return this.dataSource.transaction(async (manager) => {
      const pledge = await findForUpdate(
        manager,
        Pledge,
        'Pledge',
        input.pledgeId,
        'input.pledgeId',
      );
      PledgePolicy.assertCanLink(ctx, pledge);
      const offer = await this.visibleOffer(ctx, manager, input.offerId);
      await change(manager, pledge, offer);
      return pledge;
    });
  }

  // Field resolvers' batches

  statusHistoryLoader(loaders: RequestLoaders) {
    return batchedChildren(
      loaders,
      'pledgeStatusHistory',
      this.dataSource.getRepository(PledgeStatusChange),
      'pledgeId',
      { changedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
    );
  }

  /** The offers linked to each pledge, oldest link first. */
  linkedOffersLoader(loaders: RequestLoaders) {
    return loaders.get<string, Offer[]>('pledgeOffers', async (ids) => {
      const links = await this.dataSource.getRepository(PledgeOffer).find({
        where: { pledgeId: In([...ids]) },
        relations: { offer: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return ids.map((id) =>
        links.filter((link) => link.pledgeId === id).map((link) => link.offer!),
      );
    });
  }

  /**
   * Fulfilment of each pledge: the partnerships of its linked offers, counted in the pledge's unit
   * (partnerships of offers in another unit are left out of the quantities).
   */
  fulfilmentLoader(loaders: RequestLoaders) {
    return loaders.get<string, PledgeFulfilment>('pledgeFulfilment', async (ids) => {
      const rows = await this.dataSource.query<FulfilmentRow[]>(
        `SELECT p.id,
                count(DISTINCT link.offer_id)::int AS linked_offers,
                count(partnership.id)::int AS partnerships,
                coalesce(sum(partnership.quantity)
                  FILTER (WHERE p.unit IS NULL OR offer.unit = p.unit), 0)::int AS committed,
                coalesce(sum(partnership.delivered_quantity)
                  FILTER (WHERE p.unit IS NULL OR offer.unit = p.unit), 0)::int AS delivered,
                p.quantity AS pledged
           FROM pledges p
           LEFT JOIN pledge_offers link ON link.pledge_id = p.id
           LEFT JOIN offers offer ON offer.id = link.offer_id
           LEFT JOIN partnerships partnership ON partnership.offer_id = link.offer_id
          WHERE p.id = ANY($1::uuid[])
          GROUP BY p.id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row)
          return {
            linkedOffers: 0,
            partnerships: 0,
            committedQuantity: 0,
            deliveredQuantity: 0,
            percent: null,
          };
        return {
          linkedOffers: row.linked_offers,
          partnerships: row.partnerships,
          committedQuantity: row.committed,
          deliveredQuantity: row.delivered,
          percent: fulfilmentPercent(row.delivered, row.pledged),
        };
      });
    });
  }

  /** The flags each pledge raises, by the same SQL as the `flag` filter. */
  flagsLoader(loaders: RequestLoaders) {
    return loaders.get<string, PledgeFlag[]>('pledgeFlags', async (ids) => {
      const flags = Object.values(PledgeFlag);
      const query = this.dataSource
        .getRepository(Pledge)
        .createQueryBuilder('pledge')
        .select('pledge.id', 'id')
        .where('pledge.id IN (:...ids)', { ids: [...ids] })
        .setParameter(UNLINKED_DAYS_PARAM, this.config.pledgeUnlinkedFlagDays);
      for (const flag of flags)
        query.addSelect(PLEDGE_FLAG_SQL[flag]('pledge'), flag.toLowerCase());
      const rows = await query.getRawMany<Record<string, unknown>>();
      const byId = new Map(rows.map((row) => [row.id as string, row]));
      return ids.map((id) => flags.filter((flag) => byId.get(id)?.[flag.toLowerCase()] === true));
    });
  }

  // Checks

  private assertOpen(pledge: Pledge, what: string): void {
    if (!OPEN_PLEDGE_STATUSES.includes(pledge.status))
      throw new ConflictError(
        `Pledge ${pledge.id} is ${pledge.status} and can no longer be ${what}`,
        'input.id',
        { status: pledge.status },
      );
  }

  /** The offer, if the caller may see it (a donor: its own state's); NOT_FOUND otherwise. */
  private async visibleOffer(
    ctx: RequestContext,
    manager: EntityManager,
    id: string,
  ): Promise<Offer> {
    const offer = await manager.findOneBy(Offer, { id });
    const actor = ctx.actorToCheck();
    if (!offer || (actor && !OfferPolicy.canSee(actor, offer)))
      throw new NotFoundError('Offer', id, 'input.offerId');
    return offer;
  }

  private async assertConsistent(manager: EntityManager, pledge: Pledge): Promise<void> {
    if (pledge.memberIso3s.includes(pledge.leadIso3))
      throw new BadInputError(
        'input.members',
        `input.members: ${pledge.leadIso3} is the lead already`,
      );
    if (pledge.memberIso3s.length !== new Set(pledge.memberIso3s).size)
      throw new BadInputError('input.members', 'input.members: each state once');
    await this.assertStates(manager, [pledge.leadIso3], 'input.lead');
    await this.assertStates(manager, pledge.memberIso3s, 'input.members');
    if (!pledge.textEn && !pledge.textFr)
      throw new BadInputError(
        'input.textEn',
        'input.textEn: give the pledge’s text in English and/or French (textFr)',
      );
    if ((pledge.quantity === null) !== (pledge.unit === null)) {
      const field = pledge.quantity === null ? 'input.quantity' : 'input.unit';
      throw new BadInputError(field, `${field}: a measurable pledge needs both quantity and unit`);
    }
  }

  private async assertStates(
    manager: EntityManager,
    codes: string[],
    field: string,
  ): Promise<void> {
    if (codes.length === 0) return;
    const known = new Set(
      (await manager.findBy(MemberState, { iso3: In(codes) })).map((state) => state.iso3),
    );
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new BadInputError(
        field,
        `${field}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not UN member states`,
      );
  }

  private async recordChange(
    ctx: RequestContext,
    manager: EntityManager,
    pledge: Pledge,
    from: PledgeStatus | null,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    const actor = ctx.actor;
    await manager.save(
      manager.create(PledgeStatusChange, {
        pledgeId: pledge.id,
        fromStatus: from,
        toStatus: pledge.status,
        changedAt: at,
        actorUserId: actor?.userId ?? null,
        actorEmail: actor?.email ?? null,
        actorRole: actor?.role ?? null,
        actorMemberState: actor?.memberState ?? null,
        reason,
      }),
    );
  }
}

interface FulfilmentRow {
  id: string;
  linked_offers: number;
  partnerships: number;
  committed: number;
  delivered: number;
  pledged: number | null;
}

/** Delivered ÷ pledged in %, capped at 100, one decimal; null without a pledged quantity. */
export function fulfilmentPercent(delivered: number, pledged: number | null): number | null {
  if (!pledged) return null;
  return Math.round((Math.min(delivered, pledged) / pledged) * 1000) / 10;
}
