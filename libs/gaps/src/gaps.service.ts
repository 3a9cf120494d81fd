import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { assertWindow, AutomaticMatching, BadInputError, ConflictError } from '@app/common';
import { applyPatch, MatchableRegister, type RegisterSpec } from '@app/persistence';
import { type RequestContext, type TransactionContext } from '@app/request-context';
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
import { type UpdateGapInput } from './dto/update-gap.input';
import { type GapObjective } from './gap-objective.model';
import { GAP_ORDERING } from './gap-ordering';
import { GapPolicy } from './gap.policy';

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

/** The gap register: what differs from the offer register (see MatchableRegister). */
const GAP_REGISTER: RegisterSpec<CapabilityGap, GapStatus> = {
  entity: CapabilityGap,
  noun: 'gap',
  filter: GAP_FILTER,
  ordering: GAP_ORDERING,
  selection: {
    always: ['id'],
    derived: {
      remainingQuantity: ['quantity', 'reservedQuantity', 'confirmedQuantity'],
      memberState: ['memberStateIso3'],
      mission: ['missionCode'],
      proposals: [],
    },
  },
  visibility: GapPolicy,
  machine: GAP_STATUS_MACHINE,
  editable: EDITABLE_GAP_STATUSES,
  matchable: MATCHABLE_GAP_STATUSES,
  statusAfterChange: (gap) => gapStatusFor(gap.quantity, gap.confirmedQuantity),
};

@Injectable()
export class GapsService extends MatchableRegister<CapabilityGap, GapStatus, CreateGapInput> {
  constructor(@InjectDataSource() dataSource: DataSource, matchScheduler: AutomaticMatching) {
    super(dataSource, matchScheduler, GAP_REGISTER);
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

  // Changing a gap is a coordinator's (the guard's role check): no ownership rule on the row.
  update(ctx: RequestContext, input: UpdateGapInput): Promise<CapabilityGap> {
    return this.change(ctx, input.id, async (gap, manager) => {
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
    });
  }

  open(ctx: RequestContext, id: string): Promise<CapabilityGap> {
    return this.transition(ctx, id, GapStatus.OPEN, null);
  }

  cancel(ctx: RequestContext, id: string, reason?: string): Promise<CapabilityGap> {
    return this.transition(ctx, id, GapStatus.CANCELLED, reason ?? null);
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
