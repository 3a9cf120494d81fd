import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import {
  assertWindow,
  ConflictError,
  groupedByKeys,
  NotFoundError,
  type RequestLoaders,
} from '@app/common';
import { CapabilityGap } from '@app/gaps';
import { partiesOf } from '@app/match-runs';
import { findForUpdate } from '@app/persistence';
import { type RequestContext } from '@app/request-context';

import { type CorrectResultPeriodInput } from './dto/correct-result-period.input';
import { type RecordResultPeriodInput } from './dto/record-result-period.input';
import { PartnershipResultPeriod } from './partnership-result-period.entity';
import { Partnership } from './partnership.entity';
import { PartnershipPolicy } from './partnership.policy';

/**
 * Results per reporting period (IATI results): the gap's indicator measured over periods of a
 * partnership. Recorded and corrected by a coordinator or either party, as the indicator after
 * delivery; every change is made on the locked partnership, so two reports cannot both pass the
 * overlap check, and every check runs before anything is written.
 */
@Injectable()
export class PartnershipResultsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    ctx: RequestContext,
    input: RecordResultPeriodInput,
  ): Promise<PartnershipResultPeriod> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.lockOwn(ctx, manager, input.partnershipId);
      const gap = await manager.findOneByOrFail(CapabilityGap, { id: partnership.gapId });
      const indicator = gap.objective.indicator;
      if (!indicator)
        throw new ConflictError(
          `input.partnershipId: gap ${gap.id} of partnership ${partnership.id} has no objective indicator to report on`,
          'input.partnershipId',
        );
      assertWindow(input.periodStart, input.periodEnd, 'input.periodEnd');
      const period = manager.create(PartnershipResultPeriod, {
        partnershipId: partnership.id,
        indicator,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        baseline: input.baseline === undefined ? gap.objective.baseline : input.baseline,
        target: input.target === undefined ? gap.objective.target : input.target,
        actual: input.actual,
      });
      await this.assertNoOverlap(manager, period);
      return manager.save(this.stamp(ctx, period));
    });
  }

  async correct(
    ctx: RequestContext,
    input: CorrectResultPeriodInput,
  ): Promise<PartnershipResultPeriod> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(PartnershipResultPeriod, { id: input.id });
      if (!found) throw new NotFoundError('PartnershipResultPeriod', input.id, 'input.id');
      // The partnership first (its lock orders every change to its periods), then the period.
      await this.lockOwn(ctx, manager, found.partnershipId);
      const period = await findForUpdate(
        manager,
        PartnershipResultPeriod,
        'PartnershipResultPeriod',
        input.id,
        'input.id',
      );
      for (const field of ['periodStart', 'periodEnd', 'actual', 'baseline', 'target'] as const)
        if (input[field] !== undefined) Object.assign(period, { [field]: input[field] });
      assertWindow(
        period.periodStart,
        period.periodEnd,
        input.periodEnd !== undefined ? 'input.periodEnd' : 'input.periodStart',
      );
      await this.assertNoOverlap(manager, period);
      return manager.save(this.stamp(ctx, period));
    });
  }

  /** Batches the periods of each partnership of a request, oldest period first. */
  periodsLoader(loaders: RequestLoaders) {
    return loaders.get<string, PartnershipResultPeriod[]>('resultPeriods', async (ids) => {
      const periods = await this.periodsOf(this.dataSource.manager, [...ids]);
      return groupedByKeys(ids, periods, (period) => period.partnershipId);
    });
  }

  /** The periods of these partnerships, oldest first (the reports and the IATI export). */
  periodsOf(manager: EntityManager, partnershipIds: string[]): Promise<PartnershipResultPeriod[]> {
    if (partnershipIds.length === 0) return Promise.resolve([]);
    return manager.find(PartnershipResultPeriod, {
      where: { partnershipId: In(partnershipIds) },
      order: { periodStart: 'ASC', periodEnd: 'ASC', id: 'ASC' },
    });
  }

  /** Who reports it now: copied as they are (as the audit log and pledge history do). */
  private stamp(ctx: RequestContext, period: PartnershipResultPeriod): PartnershipResultPeriod {
    const actor = ctx.actor;
    return Object.assign(period, {
      reportedAt: new Date(),
      reportedByUserId: actor?.userId ?? null,
      reportedByEmail: actor?.email ?? null,
      reportedByRole: actor?.role ?? null,
      reportedByMemberState: actor?.memberState ?? null,
    });
  }

  /** No other period of the same partnership and indicator shares a day with this one. */
  private async assertNoOverlap(
    manager: EntityManager,
    period: PartnershipResultPeriod,
  ): Promise<void> {
    const query = manager
      .getRepository(PartnershipResultPeriod)
      .createQueryBuilder('period')
      .where('period.partnership_id = :partnershipId', { partnershipId: period.partnershipId })
      .andWhere('period.indicator = :indicator', { indicator: period.indicator })
      .andWhere('period.period_start <= :end AND period.period_end >= :start', {
        start: period.periodStart,
        end: period.periodEnd,
      })
      .orderBy('period.period_start');
    if (period.id) query.andWhere('period.id <> :id', { id: period.id });
    const other = await query.getOne();
    if (other)
      throw new ConflictError(
        `input.periodStart: ${period.periodStart} to ${period.periodEnd} overlaps the period ${other.periodStart} to ${other.periodEnd} already reported (${other.id})`,
        'input.periodStart',
        { overlaps: other.id },
      );
  }

  /** Locks the partnership (NOT_FOUND if missing), then checks the actor may follow it up. */
  private async lockOwn(
    ctx: RequestContext,
    manager: EntityManager,
    partnershipId: string,
  ): Promise<Partnership> {
    const partnership = await findForUpdate(
      manager,
      Partnership,
      'Partnership',
      partnershipId,
      'input.partnershipId',
    );
    await PartnershipPolicy.assertCanFollowUp(ctx, () => partiesOf(manager, partnership));
    return partnership;
  }
}
