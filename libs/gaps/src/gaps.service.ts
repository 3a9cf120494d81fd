import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import {
  assertTransition,
  assertWindow,
  BadInputError,
  applyPatch,
  ConflictError,
  findForUpdate,
  type Connection,
  NotFoundError,
  paginate,
} from '@app/common';
import { EDITABLE_GAP_STATUSES, GAP_STATUS_MACHINE, GapSource, GapStatus } from '@app/domain';
import { MemberState, Mission } from '@app/reference-data';

import { CapabilityGap } from './capability-gap.entity';
import { type CreateGapInput } from './dto/create-gap.input';
import { type GapsArgs } from './dto/gaps.args';
import { type GapObjective, type GapObjectiveInput } from './gap-objective';
import { type UpdateGapInput } from './dto/update-gap.input';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get gaps() {
    return this.dataSource.getRepository(CapabilityGap);
  }

  findById(id: string): Promise<CapabilityGap | null> {
    return this.gaps.findOneBy({ id });
  }

  async getById(id: string, field = 'id'): Promise<CapabilityGap> {
    const gap = await this.findById(id);
    if (!gap) throw new NotFoundError('CapabilityGap', id, field);
    return gap;
  }

  list(args: GapsArgs): Promise<Connection<CapabilityGap>> {
    const query = this.gaps.createQueryBuilder('gap');
    const filter = args.filter ?? {};
    if (filter.category?.length) query.andWhere('gap.category IN (:...category)', filter);
    if (filter.status?.length) query.andWhere('gap.status IN (:...status)', filter);
    if (filter.priority?.length) query.andWhere('gap.priority IN (:...priority)', filter);
    if (filter.memberState?.length) {
      query.andWhere('gap.member_state_iso3 IN (:...memberState)', filter);
    }
    if (filter.mission?.length) query.andWhere('gap.mission_code IN (:...mission)', filter);
    return paginate(query, args, {
      column: 'gap.created_at',
      idColumn: 'gap.id',
      direction: 'DESC',
      valueOf: (gap) => gap.createdAt.toISOString(),
      idOf: (gap) => gap.id,
    });
  }

  async create(input: CreateGapInput): Promise<CapabilityGap> {
    assertWindow(input.neededFrom, input.neededBy, 'input.neededBy');
    return this.dataSource.transaction(async (manager) => {
      await this.assertReferences(manager, input.memberState, input.mission);
      const gap = manager.create(CapabilityGap, {
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
      });
      return manager.save(gap);
    });
  }

  async update(input: UpdateGapInput): Promise<CapabilityGap> {
    return this.dataSource.transaction(async (manager) => {
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
      return manager.save(gap);
    });
  }

  open(id: string): Promise<CapabilityGap> {
    return this.transition(id, GapStatus.OPEN, null);
  }

  cancel(id: string, reason?: string): Promise<CapabilityGap> {
    return this.transition(id, GapStatus.CANCELLED, reason ?? null);
  }

  private transition(id: string, to: GapStatus, reason: string | null): Promise<CapabilityGap> {
    return this.dataSource.transaction(async (manager) => {
      const gap = await findForUpdate(manager, CapabilityGap, 'CapabilityGap', id);
      assertTransition(GAP_STATUS_MACHINE, 'CapabilityGap', id, gap.status, to);
      gap.status = to;
      gap.statusReason = reason;
      return manager.save(gap);
    });
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
