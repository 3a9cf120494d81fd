import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import {
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  MatchRunStatus,
  ProposalStatus,
} from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { match, type MatchInstance, validateWeights } from '@app/matching';
import { Offer } from '@app/offers';
import { type MatchRunJobData, type MatchRunProgress } from '@app/queue';

import { MatchRun } from './match-run.entity';
import { Proposal } from './proposal.entity';

export type MatchJobOutcome = 'succeeded' | 'skipped';

/** Progress is written at most this often, so a large run does not flood the database. */
const PROGRESS_STEP = 10;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Executes a match run: reads the open gaps and offers, runs the matching engine and writes the
 * run's proposals in one transaction. Safe to run twice for one run: a finished run is skipped,
 * and writing replaces the run's own proposals instead of adding to them.
 */
@Injectable()
export class MatchJobService {
  private readonly logger = new Logger(MatchJobService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `report` is told each progress step (the processor forwards it to the queue's events). */
  async run(
    { runId }: MatchRunJobData,
    report: (progress: MatchRunProgress) => unknown = () => undefined,
  ): Promise<MatchJobOutcome> {
    const runs = this.dataSource.getRepository(MatchRun);
    const run = await runs.findOneBy({ id: runId });
    if (!run || run.status === MatchRunStatus.SUCCEEDED) {
      this.logger.warn(
        `Match run ${runId} ${run ? 'already succeeded' : 'does not exist'}; skipped`,
      );
      return 'skipped';
    }
    const started = Date.now();
    await runs.update(runId, {
      status: MatchRunStatus.RUNNING,
      startedAt: new Date(started),
      progress: 0,
      phase: 'loading',
      error: null,
    });

    const instance = await this.loadInstance(run);
    let reported = 0;
    const result = await match(instance, {
      onProgress: (phase, percent) => {
        const overall =
          phase === 'candidates' ? percent * 0.4 : phase === 'allocation' ? 40 + percent * 0.5 : 90;
        if (overall - reported >= PROGRESS_STEP) {
          reported = overall;
          void runs.update(runId, { progress: Math.floor(overall), phase });
          void report({ runId, progress: Math.floor(overall), phase });
        }
      },
    });
    const byPair = new Map(result.candidates.map((c) => [`${c.gapId}/${c.offerId}`, c.breakdown]));

    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Proposal, { runId });
      if (result.allocations.length > 0) {
        await manager.insert(
          Proposal,
          result.allocations.map((allocation) => ({
            runId,
            gapId: allocation.gapId,
            offerId: allocation.offerId,
            quantity: allocation.quantity,
            score: allocation.score,
            breakdown: byPair.get(`${allocation.gapId}/${allocation.offerId}`)!,
            explanation: allocation.explanation,
            status: ProposalStatus.PROPOSED,
          })),
        );
      }
      // This run reconsidered these gaps and offers: earlier open proposals for them are replaced.
      const gapIds = instance.gaps.map((gap) => gap.id);
      const offerIds = instance.offers.map((offer) => offer.id);
      if (gapIds.length > 0 || offerIds.length > 0) {
        await manager
          .createQueryBuilder()
          .update(Proposal)
          .set({ status: ProposalStatus.SUPERSEDED })
          .where('status = :proposed AND run_id <> :runId', {
            proposed: ProposalStatus.PROPOSED,
            runId,
          })
          .andWhere('(gap_id = ANY(:gapIds) OR offer_id = ANY(:offerIds))', { gapIds, offerIds })
          .execute();
      }
      await manager.update(MatchRun, runId, {
        status: MatchRunStatus.SUCCEEDED,
        progress: 100,
        phase: 'done',
        finishedAt: new Date(),
        stats: {
          gaps: result.stats.gaps,
          offers: result.stats.offers,
          candidatePairs: result.stats.candidatePairs,
          proposals: result.allocations.length,
          objective: result.objective,
          covered: result.covered,
          demand: result.stats.demand,
          durationMs: Date.now() - started,
        },
      });
    });
    this.logger.log(
      `Match run ${runId}: ${result.allocations.length} proposals covering ${result.covered} of ${result.stats.demand} units`,
    );
    return 'succeeded';
  }

  /** Marks a run FAILED for good, with the reason. */
  async fail(runId: string, reason: string): Promise<void> {
    await this.dataSource
      .getRepository(MatchRun)
      .update(runId, { status: MatchRunStatus.FAILED, error: reason, finishedAt: new Date() });
  }

  /** The open gaps and offers as the engine takes them (quantities still to match). */
  private async loadInstance(run: MatchRun): Promise<MatchInstance> {
    const [gaps, offers] = await Promise.all([
      this.dataSource
        .getRepository(CapabilityGap)
        .findBy({ status: In([...MATCHABLE_GAP_STATUSES]) }),
      this.dataSource.getRepository(Offer).findBy({ status: In([...MATCHABLE_OFFER_STATUSES]) }),
    ]);
    return {
      asOf: today(),
      weights: validateWeights(run.weights, `matchRun(${run.id}).weights`),
      gaps: gaps.map((gap) => ({
        id: gap.id,
        memberState: gap.memberStateIso3,
        mission: gap.missionCode,
        category: gap.category,
        capability: gap.capability,
        quantity: gap.quantity,
        priority: gap.priority,
        languages: gap.languages,
        neededFrom: gap.neededFrom,
        neededBy: gap.neededBy,
        deliveryModes: gap.preferredDeliveryModes,
      })),
      offers: offers.map((offer) => ({
        id: offer.id,
        donor: offer.donorIso3,
        category: offer.category,
        capabilities: offer.capabilities,
        capacity: offer.capacity,
        languages: offer.languages,
        eligible: offer.eligible,
        excluded: offer.excluded,
        availableFrom: offer.availableFrom,
        availableTo: offer.availableTo,
        costPerUnit: offer.costPerUnit,
        budget: offer.budget,
        deliveryModes: offer.deliveryModes,
      })),
      partnerships: [],
    };
  }
}
