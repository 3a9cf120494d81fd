import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Not } from 'typeorm';

import { AppConfig } from '@app/config';
import {
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  MatchRunStatus,
  OPEN_PROPOSAL_STATUSES,
  ProposalStatus,
  Role,
} from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import {
  assembleResult,
  type CategoryPartition,
  match,
  type MatchResult,
  partitionInstance,
  type PartitionOutput,
  solverName,
  validateWeights,
} from '@app/matching';
import { Offer } from '@app/offers';

import { NotificationKind, recordNewProposals, recordNotifications } from '@app/notifications';
import { type RequestContext } from '@app/request-context';

import { MatchEngine } from '../match-engine';
import { MatchInstanceLoader } from '../match-instance.loader';
import { MatchRun } from '../match-run.entity';
import { Proposal } from '../proposal.entity';
import {
  type MatchPartitionJobData,
  type MatchRunJobData,
  type MatchRunProgress,
  type MatchRunSplit,
} from './matching-jobs';

export type MatchJobOutcome = 'succeeded' | 'skipped' | 'split' | 'cancelled';

/**
 * Hands a large run's partitions to other jobs (the worker adds a child job per partition); the
 * run is finished later by `assemble`.
 */
export type PartitionDistributor = (
  partitions: CategoryPartition[],
  split: MatchRunSplit,
) => Promise<void>;

export type ProgressReporter = (progress: MatchRunProgress) => unknown;

/** Run statistics beyond the engine's (stored in the run's `stats`). */
interface RunTimes {
  started: number;
  loaded: number;
  solved: number;
  /** For a distributed run: how many partitions, solved by how many worker processes. */
  partitions?: number;
  workers?: number;
}

/** Progress is written at most this often, so a large run does not flood the database. */
const PROGRESS_STEP = 10;

/** How often a running job looks whether its run was cancelled (ms). */
const CANCEL_CHECK_MS = 500;

/** Proposals per INSERT: each statement's parameters are serialised without a pause. */
const PROPOSALS_PER_INSERT = 1_000;

/** Advisory lock key (per database) serialising the runs' proposal writes. */
const PROPOSAL_WRITE_LOCK = 7_342_001;

/**
 * What the matching jobs do to a run, in the database and on the engine (the jobs are the steps;
 * this is the work). Executes a match run: reads the open gaps and offers, runs the matching engine and writes the
 * run's proposals in one transaction. Safe to run twice for one run: a finished run is skipped,
 * and writing replaces the run's own proposals instead of adding to them. Its methods take the
 * job's RequestContext first, as every service's do; no user acts in a job, so nothing here
 * depends on it yet.
 */
@Injectable()
export class MatchRunExecutor {
  private readonly logger = new Logger(MatchRunExecutor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: MatchInstanceLoader,
    private readonly config: AppConfig,
    private readonly engine: MatchEngine,
  ) {}

  /**
   * `report` is told each progress step (the processor forwards it to the queue's events). With
   * a `distribute`, a run on at least MATCH_DISTRIBUTE_FROM_GAPS gaps and more than one category
   * is only loaded and partitioned here and handed to it ('split'); `assemble` finishes it.
   */
  async run(
    ctx: RequestContext,
    { runId, automatic }: MatchRunJobData,
    report: ProgressReporter = () => undefined,
    distribute?: PartitionDistributor,
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
    // Only a run still to do starts: one cancelled meanwhile stays CANCELLED.
    const { affected } = await runs.update(
      { id: runId, status: In([MatchRunStatus.QUEUED, MatchRunStatus.RUNNING]) },
      {
        status: MatchRunStatus.RUNNING,
        startedAt: new Date(started),
        progress: 0,
        phase: 'loading',
        error: null,
      },
    );
    if (!affected) {
      this.logger.log(`Match run ${runId} is ${run.status}; not started`);
      return run.status === MatchRunStatus.CANCELLED ? 'cancelled' : 'skipped';
    }
    this.unawaited(report({ runId, progress: 0, phase: 'loading' }), runId);

    const weights = validateWeights(run.weights, `matchRun(${run.id}).weights`);
    const instance = await this.loader.load(weights);
    const loaded = Date.now();
    const threshold = this.config.matchDistributeFromGaps;
    if (distribute && threshold > 0 && instance.gaps.length >= threshold) {
      const partitions = partitionInstance(instance);
      if (partitions.length > 1) {
        await runs.update(
          { id: runId, status: MatchRunStatus.RUNNING },
          { progress: 10, phase: 'candidates' },
        );
        this.unawaited(report({ runId, progress: 10, phase: 'candidates' }), runId);
        await distribute(partitions, {
          partitions: partitions.length,
          startedAt: started,
          loadMs: loaded - started,
        });
        this.logger.log(
          `Match run ${runId}: split into ${partitions.length} partitions (${instance.gaps.length} gaps)`,
        );
        return 'split';
      }
    }
    let reported = 0;
    const result = await this.whileNotCancelled(runId, (signal) =>
      match(instance, {
        includeCandidates: false,
        pool: this.engine.pool,
        signal,
        onProgress: (phase, percent) => {
          // The engine's work is 0–90 % of the run's; writing is the rest.
          const overall = Math.floor(percent * 0.9);
          if (overall - reported < PROGRESS_STEP) return;
          reported = overall;
          // Fire-and-forget, so only while RUNNING: a late write never touches a finished run.
          this.unawaited(
            runs.update(
              { id: runId, status: MatchRunStatus.RUNNING },
              { progress: overall, phase },
            ),
            runId,
          );
          this.unawaited(report({ runId, progress: overall, phase }), runId);
        },
      }),
    );
    if (!result) return 'cancelled';
    return (await this.write(ctx, runId, result, { started, loaded, solved: Date.now() }, report))
      ? 'succeeded'
      : 'cancelled';
  }

  /**
   * A progress write or report not waited for: its failure (the database or Redis going away
   * mid-run) is logged, never an unhandled rejection, which would end the worker process.
   */
  private unawaited(work: unknown, runId: string): void {
    if (work instanceof Promise) {
      work.catch((error: Error) =>
        this.logger.warn(`Could not record the progress of match run ${runId}: ${error.message}`),
      );
    }
  }

  /**
   * Runs `work` with a signal that aborts once the run is CANCELLED (looked up every
   * CANCEL_CHECK_MS): undefined if it was, else what `work` gave.
   */
  private async whileNotCancelled<T>(
    runId: string,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined> {
    const controller = new AbortController();
    const runs = this.dataSource.getRepository(MatchRun);
    let checking = false;
    const timer = setInterval(() => {
      if (checking) return;
      checking = true;
      runs
        .existsBy({ id: runId, status: MatchRunStatus.CANCELLED })
        .then((cancelled) => {
          if (cancelled) controller.abort(new Error(`Match run ${runId} was cancelled`));
        })
        .catch((error: Error) =>
          this.logger.warn(`Could not check whether run ${runId} was cancelled: ${error.message}`),
        )
        .finally(() => (checking = false));
    }, CANCEL_CHECK_MS);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) {
        this.logger.log(`Match run ${runId} cancelled: its solve was stopped`);
        return undefined;
      }
      throw error;
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * One partition of a distributed run (any worker): its candidates, optimal allocation and
   * their descriptions, as plain JSON for the run's job (one thread: the job is the unit that
   * spreads).
   */
  async solvePartition(
    _ctx: RequestContext,
    { runId, input }: MatchPartitionJobData,
  ): Promise<PartitionOutput | undefined> {
    const solved = await this.whileNotCancelled(runId, (signal) =>
      this.engine.pool.solve([input], { includeCandidates: false, signal }),
    );
    return solved?.[0].output;
  }

  /** Progress of a distributed run once `done` of its partitions are solved. */
  async partitionsDone(
    _ctx: RequestContext,
    runId: string,
    done: number,
    count: number,
    report: ProgressReporter,
  ): Promise<void> {
    const progress = Math.floor(40 + (50 * done) / count);
    await this.dataSource
      .getRepository(MatchRun)
      .update({ id: runId, status: MatchRunStatus.RUNNING }, { progress, phase: 'allocation' });
    this.unawaited(report({ runId, progress, phase: 'allocation' }), runId);
  }

  /**
   * The last step of a distributed run: the result from its partitions' outputs, written as a
   * run's always is. Skipped if the run already succeeded (a duplicated job).
   */
  async assemble(
    ctx: RequestContext,
    { runId }: MatchRunJobData,
    split: MatchRunSplit,
    partitions: { worker: string; output: PartitionOutput }[],
    report: ProgressReporter = () => undefined,
  ): Promise<MatchJobOutcome> {
    const runs = this.dataSource.getRepository(MatchRun);
    const run = await runs.findOneBy({ id: runId });
    if (!run || run.status === MatchRunStatus.SUCCEEDED) {
      this.logger.warn(
        `Match run ${runId} ${run ? 'already succeeded' : 'does not exist'}; skipped`,
      );
      return 'skipped';
    }
    if (run.status === MatchRunStatus.CANCELLED) return 'cancelled';
    // A worker of an older version completes a job it does not know without a value.
    if (partitions.some((partition) => !partition?.output))
      throw new Error(`Match run ${runId}: a partition job came back without a result`);
    if (partitions.length !== split.partitions)
      throw new Error(
        `Match run ${runId}: ${partitions.length} of ${split.partitions} partitions came back`,
      );
    await runs.update(
      { id: runId, status: MatchRunStatus.RUNNING },
      { progress: 90, phase: 'writing' },
    );
    this.unawaited(report({ runId, progress: 90, phase: 'writing' }), runId);
    const result = assembleResult(
      partitions.map((partition) => partition.output),
      await solverName(),
    );
    const written = await this.write(
      ctx,
      runId,
      result,
      {
        started: split.startedAt,
        loaded: split.startedAt + split.loadMs,
        solved: Date.now(),
        partitions: partitions.length,
        workers: new Set(partitions.map((partition) => partition.worker)).size,
      },
      report,
    );
    return written ? 'succeeded' : 'cancelled';
  }

  /**
   * Writes a run's proposals and statistics in one transaction, and marks it SUCCEEDED; false
   * (nothing written) if the run is no longer RUNNING (cancelled: cancelMatchRun locks the row too).
   */
  private async write(
    ctx: RequestContext,
    runId: string,
    result: MatchResult,
    times: RunTimes,
    report: ProgressReporter,
  ): Promise<boolean> {
    const { started, loaded, solved } = times;
    const written = await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ status: MatchRunStatus }[]>(
        'SELECT status FROM match_runs WHERE id = $1 FOR UPDATE',
        [runId],
      );
      if (current?.status !== MatchRunStatus.RUNNING) return false;
      // One run writes at a time: two overlapping write transactions would not see each other's
      // new proposals, so neither would supersede the other's and every pair would stay proposed
      // twice (several workers). The later run waits here, then supersedes the earlier one.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PROPOSAL_WRITE_LOCK]);
      await this.writeProposals(manager, runId, result);
      // Before older proposals are superseded: a pairing already proposed is not new.
      await recordNewProposals(ctx.withManager(manager), runId);
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
          ...(times.partitions !== undefined
            ? { partitions: times.partitions, workers: times.workers }
            : {}),
          durationMs: Date.now() - started,
          loadMs: loaded - started,
          matchMs: solved - loaded,
          writeMs: Date.now() - solved,
        },
      });
      return true;
    });
    if (!written) {
      this.logger.log(`Match run ${runId} was cancelled before its proposals were written`);
      return false;
    }
    this.unawaited(report({ runId, progress: 100, phase: 'done' }), runId);
    this.logger.log(
      `Match run ${runId}: ${result.allocations.length} proposals covering ${result.covered} of ${result.stats.demand} units`,
    );
    return true;
  }

  /**
   * Marks a run FAILED for good, with the reason, unless it already finished: a FAILED run keeps
   * its earlier reason (a run's job fails because one of its partitions did, which said why), a
   * CANCELLED one stays cancelled.
   */
  async fail(ctx: RequestContext, runId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(
        MatchRun,
        { id: runId, status: In([MatchRunStatus.QUEUED, MatchRunStatus.RUNNING]) },
        { status: MatchRunStatus.FAILED, error: reason, finishedAt: new Date() },
      );
      if (!affected) return;
      // The coordinators start runs and see every run; nobody else is told.
      await recordNotifications(ctx.withManager(manager), [
        {
          kind: NotificationKind.MATCH_RUN_FAILED,
          key: `${NotificationKind.MATCH_RUN_FAILED}:${runId}`,
          recipients: { roles: [Role.COORDINATOR] },
          subject: { matchRunId: runId },
          title: runId,
          params: { reason: reason.slice(0, 500) },
        },
      ]);
    });
  }

  /**
   * Replaces the run's own proposals (a retried job rewrites, never duplicates). INSERTs from
   * column arrays (unnest): no parameter limit, and the write phase of an 11,000-proposal run went
   * from 2.9 s to 1.6–1.9 s against chunks of row parameters (npm run bench:offer-latency). In
   * statements of PROPOSALS_PER_INSERT rows: pg serialises a statement's parameters in one
   * synchronous pass, 170–350 ms for 11,000 proposals in one, during which the worker answered
   * no health check.
   */
  private async writeProposals(
    manager: EntityManager,
    runId: string,
    result: MatchResult,
  ): Promise<void> {
    await manager.delete(Proposal, { runId });
    const allocations = result.allocations;
    for (let from = 0; from < allocations.length; from += PROPOSALS_PER_INSERT) {
      const chunk = allocations.slice(from, from + PROPOSALS_PER_INSERT);
      await manager.query(
        `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::float8[], $6::jsonb[], $7::text[])`,
        [
          runId,
          chunk.map((allocation) => allocation.gapId),
          chunk.map((allocation) => allocation.offerId),
          chunk.map((allocation) => allocation.quantity),
          chunk.map((allocation) => allocation.score),
          chunk.map((allocation) => JSON.stringify(allocation.breakdown)),
          chunk.map((allocation) => allocation.explanation),
        ],
      );
    }
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
    // All gaps, then all offers: the order in which every transaction locks them.
    const reservations = [
      [CapabilityGap, 'gapId', 'reservedQuantity'],
      [Offer, 'offerId', 'reservedCapacity'],
    ] as const;
    for (const [entity, key, column] of reservations) {
      for (const proposal of accepted) {
        await manager.decrement(entity, { id: proposal[key] }, column, proposal.quantity);
      }
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
