import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Not } from 'typeorm';

import {
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  MatchRunStatus,
  OPEN_PROPOSAL_STATUSES,
  ProposalStatus,
} from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { autoThreads, match, type MatchResult, validateWeights } from '@app/matching';
import { Offer } from '@app/offers';
import { type MatchRunJobData, type MatchRunProgress } from '@app/queue';

import { MatchInstanceLoader } from './match-instance.loader';
import { MatchRun } from './match-run.entity';
import { Proposal } from './proposal.entity';

export type MatchJobOutcome = 'succeeded' | 'skipped';

/** Progress is written at most this often, so a large run does not flood the database. */
const PROGRESS_STEP = 10;

/** Advisory lock key (per database) serialising the runs' proposal writes. */
const PROPOSAL_WRITE_LOCK = 7_342_001;

/**
 * Executes a match run: reads the open gaps and offers, runs the matching engine and writes the
 * run's proposals in one transaction. Safe to run twice for one run: a finished run is skipped,
 * and writing replaces the run's own proposals instead of adding to them.
 */
@Injectable()
export class MatchJobService {
  private readonly logger = new Logger(MatchJobService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: MatchInstanceLoader,
  ) {}

  /** `report` is told each progress step (the processor forwards it to the queue's events). */
  async run(
    { runId, automatic }: MatchRunJobData,
    report: (progress: MatchRunProgress) => unknown = () => undefined,
  ): Promise<MatchJobOutcome> {
    const runs = this.dataSource.getRepository(MatchRun);
    if (automatic) {
      // An automatic run's row is made when its job starts (debouncing replaced earlier jobs).
      await runs
        .createQueryBuilder()
        .insert()
        .values({ id: runId, requestedBy: `automatic: ${automatic.reason}`, jobId: runId })
        .orIgnore()
        .execute();
    }
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
    void report({ runId, progress: 0, phase: 'loading' });

    const weights = validateWeights(run.weights, `matchRun(${run.id}).weights`);
    const instance = await this.loader.load(weights);
    const loaded = Date.now();
    let reported = 0;
    const result = await match(instance, {
      includeCandidates: false,
      threads: autoThreads(instance.gaps.length),
      onProgress: (phase, percent) => {
        const overall =
          phase === 'candidates' ? percent * 0.4 : phase === 'allocation' ? 40 + percent * 0.5 : 90;
        if (overall - reported >= PROGRESS_STEP) {
          reported = overall;
          // Fire-and-forget, so only while RUNNING: a late write never touches a finished run.
          void runs.update(
            { id: runId, status: MatchRunStatus.RUNNING },
            { progress: Math.floor(overall), phase },
          );
          void report({ runId, progress: Math.floor(overall), phase });
        }
      },
    });

    const solved = Date.now();
    await this.dataSource.transaction(async (manager) => {
      // One run writes at a time: two overlapping write transactions would not see each other's
      // new proposals, so neither would supersede the other's and every pair would stay proposed
      // twice (several workers). The later run waits here, then supersedes the earlier one.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PROPOSAL_WRITE_LOCK]);
      await this.writeProposals(manager, runId, result);
      await this.expireStaleProposals(manager);
      // Every other open proposal's gap and offer are either still matching, so this run
      // reconsidered them, or not, so they just expired: unanswered proposals of other runs go.
      await manager.update(
        Proposal,
        { status: ProposalStatus.PROPOSED, runId: Not(runId) },
        { status: ProposalStatus.SUPERSEDED, statusReason: `superseded by run ${runId}` },
      );
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
          loadMs: loaded - started,
          matchMs: solved - loaded,
          writeMs: Date.now() - solved,
        },
      });
    });
    void report({ runId, progress: 100, phase: 'done' });
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

  /**
   * Replaces the run's own proposals (a retried job rewrites, never duplicates). One INSERT from
   * column arrays (unnest): no parameter limit, and the write phase of an 11,000-proposal run went
   * from 2.9 s to 1.6–1.9 s against chunks of row parameters (npm run bench:offer-latency).
   */
  private async writeProposals(
    manager: EntityManager,
    runId: string,
    result: MatchResult,
  ): Promise<void> {
    await manager.delete(Proposal, { runId });
    const allocations = result.allocations;
    if (allocations.length === 0) return;
    await manager.query(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::float8[], $6::jsonb[], $7::text[])`,
      [
        runId,
        allocations.map((allocation) => allocation.gapId),
        allocations.map((allocation) => allocation.offerId),
        allocations.map((allocation) => allocation.quantity),
        allocations.map((allocation) => allocation.score),
        allocations.map((allocation) => JSON.stringify(allocation.breakdown)),
        allocations.map((allocation) => allocation.explanation),
      ],
    );
  }

  /**
   * Open proposals whose gap or offer left matching (cancelled, withdrawn, fully matched…)
   * expire; those one side had accepted give their reserved quantity back. Locks proposals, then
   * gaps, then offers: the order the answer mutations use.
   */
  private async expireStaleProposals(manager: EntityManager): Promise<void> {
    const stale = await manager
      .createQueryBuilder(Proposal, 'proposal')
      .innerJoin(CapabilityGap, 'gap', 'gap.id = proposal.gap_id')
      .innerJoin(Offer, 'offer', 'offer.id = proposal.offer_id')
      .where('proposal.status IN (:...open)', { open: OPEN_PROPOSAL_STATUSES })
      .andWhere(
        '(gap.status NOT IN (:...gapStatuses) OR offer.status NOT IN (:...offerStatuses))',
        {
          gapStatuses: MATCHABLE_GAP_STATUSES,
          offerStatuses: MATCHABLE_OFFER_STATUSES,
        },
      )
      .setLock('pessimistic_write', undefined, ['proposal'])
      .getMany();
    if (stale.length === 0) return;
    const accepted = stale.filter((proposal) => proposal.status === ProposalStatus.ACCEPTED);
    for (const proposal of accepted) {
      await manager.decrement(
        CapabilityGap,
        { id: proposal.gapId },
        'reservedQuantity',
        proposal.quantity,
      );
    }
    for (const proposal of accepted) {
      await manager.decrement(
        Offer,
        { id: proposal.offerId },
        'reservedCapacity',
        proposal.quantity,
      );
    }
    await manager.update(
      Proposal,
      { id: In(stale.map((proposal) => proposal.id)) },
      {
        status: ProposalStatus.EXPIRED,
        statusReason: 'its gap or offer no longer takes part in matching',
      },
    );
  }
}
