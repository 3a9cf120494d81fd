import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import {
  assertTransition,
  assertWindow,
  AutomaticMatching,
  BadInputError,
  ConflictError,
  type Connection,
  paginate,
  type RequestLoaders,
  sortKeyFor,
} from '@app/common';
import { applyPatch, batchedLookup, findForUpdate } from '@app/persistence';
import { type RequestContext, type TransactionContext } from '@app/request-context';
import { EVERYTHING, type ListScope } from '@app/access';
import {
  EDITABLE_GAP_STATUSES,
  GAP_STATUS_MACHINE,
  GapSource,
  GapStatus,
  gapStatusFor,
  MATCHABLE_GAP_STATUSES,
} from '@app/domain';
import { MemberState, Mission } from '@app/reference-data';

import { CapabilityGap } from './capability-gap.entity';
import { GAP_FILTER } from './gap-filters';
import { type CreateGapInput } from './dto/create-gap.input';
import { type GapObjectiveInput } from './dto/gap-objective.input';
import { type GapsArgs } from './dto/gaps.args';
import { type UpdateGapInput } from './dto/update-gap.input';
import { type GapObjective } from './gap-objective.model';
import { GAP_ORDERING } from './gap-ordering';

/** Fields an update may clear with an explicit null, and what null becomes. */
const CLEARABLE_GAP_FIELDS = {
  unitType: null,
  description: '',
  preferredDeliveryModes: [],
  source: GapSource.SELF_DECLARED,
};

function toObjective(input: GapObjectiveInput | null | undefined): GapObjective {
  return {
    indicator: input?.indicator ?? null,
    baseline: input?.baseline ?? null,
    target: input?.target ?? null,
  };
}

@Injectable()
export class GapsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matchScheduler: AutomaticMatching,
  ) {}

  private get gaps() {
    return this.dataSource.getRepository(CapabilityGap);
  }

  findById(id: string): Promise<CapabilityGap | null> {
    return this.gaps.findOneBy({ id });
  }

  /** Batches the gap lookups of one request (nested `gap` fields). */
  loader(loaders: RequestLoaders) {
    return batchedLookup(loaders, 'gapById', this.gaps, 'id');
  }

  list(args: GapsArgs, scope: ListScope = EVERYTHING): Promise<Connection<CapabilityGap>> {
    const query = this.gaps.createQueryBuilder('gap');
    scope(query, 'gap');
    GAP_FILTER.apply(query, args.filter, 'gap');
    return paginate(query, args, sortKeyFor(GAP_ORDERING, args.orderBy));
  }

  async create(ctx: RequestContext, input: CreateGapInput): Promise<CapabilityGap> {
    const gap = await this.dataSource.transaction(async (manager) =>
      manager.save(await this.prepare(ctx.withManager(manager), input)),
    );
    await this.scheduleMatchingIf(gap.status, `gap ${gap.id} created`);
    return gap;
  }

  /**
   * The checks of createGap and the gap it would create, not saved: createGap saves it, an import
   * checks every row of a file this way in its one transaction (`ctx.manager`). Any coordinator
   * may log a gap for any T/PCC (the role the guard checked is the whole rule). Schedules no match
   * run.
   */
  async prepare(ctx: TransactionContext, input: CreateGapInput): Promise<CapabilityGap> {
    const { manager } = ctx;
    assertWindow(input.neededFrom, input.neededBy, 'input.neededBy');
    await this.assertReferences(manager, input.memberState, input.mission);
    if (
      input.externalRef &&
      (await manager.existsBy(CapabilityGap, { externalRef: input.externalRef }))
    ) {
      throw new ConflictError(
        `input.externalRef: a gap with the reference ${input.externalRef} already exists`,
        'input.externalRef',
      );
    }
    return manager.create(CapabilityGap, {
      memberStateIso3: input.memberState,
      missionCode: input.mission ?? null,
      unitType: input.unitType ?? null,
      category: input.category,
      capability: input.capability,
      title: input.title,
      description: input.description ?? '',
      quantity: input.quantity,
      unit: input.unit,
      priority: input.priority,
      languages: input.languages,
      preferredDeliveryModes: input.preferredDeliveryModes ?? [],
      neededFrom: input.neededFrom,
      neededBy: input.neededBy,
      objective: toObjective(input.objective),
      source: input.source ?? GapSource.SELF_DECLARED,
      status: input.open ? GapStatus.OPEN : GapStatus.DRAFT,
      statusReason: null,
      externalRef: input.externalRef ?? null,
    });
  }

  // Changing a gap is a coordinator's (the guard's role check); `ctx` is there by convention.
  async update(_ctx: RequestContext, input: UpdateGapInput): Promise<CapabilityGap> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const gap = await findForUpdate(manager, CapabilityGap, 'CapabilityGap', input.id);
      if (!EDITABLE_GAP_STATUSES.includes(gap.status)) {
        throw new ConflictError(
          `CapabilityGap ${gap.id} is ${gap.status} and can no longer be edited`,
          'input.id',
          {
            status: gap.status,
          },
        );
      }
      const { id: _id, mission, objective, ...changes } = input;
      applyPatch(gap, changes, CLEARABLE_GAP_FIELDS);
      if (mission !== undefined) gap.missionCode = mission;
      if (objective !== undefined) gap.objective = toObjective(objective);
      assertWindow(
        gap.neededFrom,
        gap.neededBy,
        input.neededBy ? 'input.neededBy' : 'input.neededFrom',
      );
      await this.assertReferences(manager, gap.memberStateIso3, gap.missionCode);
      const committed = gap.reservedQuantity + gap.confirmedQuantity;
      if (gap.quantity < committed) {
        throw new BadInputError(
          'input.quantity',
          `input.quantity: ${gap.quantity} is less than the ${committed} already accepted or confirmed`,
          { committed },
        );
      }
      if (MATCHABLE_GAP_STATUSES.includes(gap.status)) {
        gap.status = gapStatusFor(gap.quantity, gap.confirmedQuantity);
      }
      return manager.save(gap);
    });
    await this.scheduleMatchingIf(updated.status, `gap ${updated.id} changed`);
    return updated;
  }

  open(_ctx: RequestContext, id: string): Promise<CapabilityGap> {
    return this.transition(id, GapStatus.OPEN, null);
  }

  cancel(_ctx: RequestContext, id: string, reason?: string): Promise<CapabilityGap> {
    return this.transition(id, GapStatus.CANCELLED, reason ?? null);
  }

  private async transition(
    id: string,
    to: GapStatus,
    reason: string | null,
  ): Promise<CapabilityGap> {
    let from = to;
    const gap = await this.dataSource.transaction(async (manager) => {
      const gap = await findForUpdate(manager, CapabilityGap, 'CapabilityGap', id);
      assertTransition(GAP_STATUS_MACHINE, 'CapabilityGap', id, gap.status, to);
      from = gap.status;
      gap.status = to;
      gap.statusReason = reason;
      return manager.save(gap);
    });
    // Leaving matching also matters: the next run expires the gap's open proposals.
    await this.scheduleMatchingIf(
      MATCHABLE_GAP_STATUSES.includes(from) ? from : to,
      `gap ${id} ${from} → ${to}`,
    );
    return gap;
  }

  /** Schedules an automatic match run when the change concerns a gap that is being matched. */
  private async scheduleMatchingIf(status: GapStatus, reason: string): Promise<void> {
    if (MATCHABLE_GAP_STATUSES.includes(status)) await this.matchScheduler.schedule(reason);
  }

  private async assertReferences(
    manager: EntityManager,
    memberState: string,
    mission: string | null | undefined,
  ): Promise<void> {
    if (!(await manager.existsBy(MemberState, { iso3: memberState }))) {
      throw new BadInputError(
        'input.memberState',
        `input.memberState: ${memberState} is not a UN member state`,
      );
    }
    if (mission && !(await manager.existsBy(Mission, { code: mission }))) {
      throw new BadInputError('input.mission', `input.mission: ${mission} is not a known mission`);
    }
  }
}
