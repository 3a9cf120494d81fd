import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { type ListScope, scopeOf } from '@app/access';
import {
  ConflictError,
  type Connection,
  type PageSelection,
  paginate,
  type RequestLoaders,
  sortKeyFor,
  WHOLE_PAGE,
} from '@app/common';
import {
  findForUpdate,
  RowSelection,
  type RowSelectionSpec,
  type LookupRead,
  type SelectedColumns,
} from '@app/persistence';
import { type Offer, OffersService } from '@app/offers';
import { FINISHED_MATCH_RUN_STATUSES, MatchRunStatus } from '@app/domain';
import { QueueName } from '@app/queue';
import { type RequestContext } from '@app/request-context';

import { type MatchRunsArgs } from './dto/match-runs.args';
import { type MatchWeightsInput } from './dto/match-weights.input';
import { type NestedProposalsArgs } from './dto/nested-proposals.args';
import { type ProposalsArgs } from './dto/proposals.args';
import { MatchingJobName, type MatchRunJobData } from './jobs/matching-jobs';
import { MatchRun } from './match-run.entity';
import { checkedWeights } from './match-weights';
import { PROPOSAL_FILTER } from './proposal-filters';
import { Proposal } from './proposal.entity';
import { PROPOSAL_ORDERING } from './proposal-ordering';
import { ProposalPolicy } from './proposal.policy';
import { MATCH_RUN_ORDERING } from './match-run-ordering';

/** The parent a nested `proposals` field hangs from, and its column. */
export type ProposalParent = 'gap' | 'offer';
const PARENT_COLUMN: Record<ProposalParent, 'gap_id' | 'offer_id'> = {
  gap: 'gap_id',
  offer: 'offer_id',
};

/**
 * What proposal reads take beyond the fields asked: the keys nested lists group by, and what the
 * field resolvers on a proposal (in this and other modules) read.
 */
/** What a nested list's statement is made of (the loader's name says the same). */
interface NestedShape {
  parent: ProposalParent;
  status: string[];
  scope: ListScope;
  columns: SelectedColumns;
  /** The offer's columns, joined when the query asks each proposal's `offer`. */
  offer: LookupRead<Offer> | null;
  first: number;
}

/** Where a nested list's batch puts its parents' ids among the kept statement's values. */
const PARENT_IDS = Symbol('parentIds');

const PROPOSAL_SELECTION: RowSelectionSpec = {
  always: ['id', 'gapId', 'offerId', 'status'],
  derived: { gap: [], offer: [], partnership: [], duplicationWarning: [] },
};

@Injectable()
export class MatchRunsService {
  private readonly proposalRows: RowSelection<Proposal>;
  private readonly nestedStatements = new Map<string, { sql: string; values: unknown[] }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue<MatchRunJobData>,
    private readonly offers: OffersService,
  ) {
    this.proposalRows = new RowSelection(
      () => dataSource.getMetadata(Proposal),
      PROPOSAL_SELECTION,
    );
  }

  /**
   * Records a QUEUED run, then queues its job under the run's id (so a job can never be queued
   * twice for one run). If the queue cannot take it, the run is marked FAILED, not lost.
   * The run is requested by the signed-in user (its email), and its job carries the request's id.
   */
  async start(
    ctx: RequestContext,
    weights: MatchWeightsInput | null | undefined,
  ): Promise<MatchRun> {
    const runs = this.dataSource.getRepository(MatchRun);
    const requestedBy = ctx.requireActor().email;
    const run = await runs.save(runs.create({ requestedBy, weights: checkedWeights(weights) }));
    try {
      await this.queue.add(
        MatchingJobName.MATCH_RUN,
        { runId: run.id, requestId: ctx.requestId },
        { jobId: run.id },
      );
    } catch (error) {
      await runs.update(run.id, {
        status: MatchRunStatus.FAILED,
        error: `Could not queue the run: ${(error as Error).message}`,
        finishedAt: new Date(),
      });
      throw error;
    }
    run.jobId = run.id;
    await runs.update(run.id, { jobId: run.id });
    return run;
  }

  /**
   * QUEUED or RUNNING → CANCELLED. A queued job is removed from the queue; a running one is
   * stopped by its worker, which watches the run's status and terminates the solve's threads.
   * Nothing of a cancelled run is written: its worker writes proposals only while it is RUNNING.
   */
  async cancel(ctx: RequestContext, id: string, reason?: string): Promise<MatchRun> {
    const cancelledBy = ctx.requireActor().email;
    const run = await this.dataSource.transaction(async (manager) => {
      const found = await findForUpdate(manager, MatchRun, 'MatchRun', id);
      if (FINISHED_MATCH_RUN_STATUSES.includes(found.status)) {
        throw new ConflictError(
          `MatchRun ${found.id} is ${found.status} and can no longer be cancelled`,
          'input.id',
          { status: found.status },
        );
      }
      found.status = MatchRunStatus.CANCELLED;
      found.error = `cancelled by ${cancelledBy}${reason ? `: ${reason}` : ''}`;
      found.finishedAt = new Date();
      return manager.save(found);
    });
    // A job no worker has taken yet goes; an active one is locked and stays (its worker stops it).
    await this.queue.remove(run.jobId ?? run.id).catch(() => undefined);
    return run;
  }

  findRun(id: string): Promise<MatchRun | null> {
    return this.dataSource.getRepository(MatchRun).findOneBy({ id });
  }

  listRuns(args: MatchRunsArgs): Promise<Connection<MatchRun>> {
    const query = this.dataSource.getRepository(MatchRun).createQueryBuilder('run');
    if (args.status?.length) query.andWhere('run.status IN (:...status)', { status: args.status });
    return paginate(query, args, sortKeyFor(MATCH_RUN_ORDERING, args.orderBy));
  }

  /**
   * The proposals the caller may see (its state's side), filtered, ordered, one page; `fields`,
   * the GraphQL fields asked of each (selectedFields), limits the columns read.
   */
  listProposals(
    ctx: RequestContext,
    args: ProposalsArgs,
    { nodeFields, totalCount }: PageSelection = WHOLE_PAGE,
  ): Promise<Connection<Proposal>> {
    const scope = scopeOf(ctx, ProposalPolicy);
    const query = this.dataSource.getRepository(Proposal).createQueryBuilder('proposal');
    scope(query, 'proposal');
    PROPOSAL_FILTER.apply(query, args.filter, 'proposal');
    const sort = sortKeyFor(PROPOSAL_ORDERING, args.orderBy);
    const columns = this.proposalRows.columnsFor(sort.reads ? nodeFields : null, sort.reads);
    const reader = this.proposalRows.pageReader(this.dataSource, 'proposal', columns);
    return paginate(query, args, sort, reader, totalCount);
  }

  /**
   * The proposals of each gap (or offer) of one request, in one statement per batch: at most
   * `first` per parent, newest first (best score first within a run), only those `scope` lets the
   * actor see (the scope of the top-level `proposals` list). `scopeKey` names the scope (it is the
   * same for a whole request, whose actor is one).
   */
  proposalsOfLoader(
    loaders: RequestLoaders,
    parent: ProposalParent,
    args: NestedProposalsArgs,
    scope: ListScope,
    scopeKey: string,
    fields: readonly string[] | null = null,
    offerFields?: readonly string[] | null,
  ) {
    const status = [...new Set(args.status ?? [])].sort();
    const columns = this.proposalRows.columnsFor(fields);
    const offer = offerFields === undefined ? null : this.offers.read(offerFields);
    const name = `proposalsOf:${parent}:${scopeKey}:${args.first}:${status.join(',')}:${columns.key}:${offer?.columns.key ?? ''}`;
    return loaders.get<string, Proposal[]>(name, async (parentIds) => {
      const shape = { parent, status, scope, columns, offer, first: args.first };
      const statement = this.nestedStatement(name, shape);
      const parameters = statement.values.map((value) =>
        value === PARENT_IDS ? [...parentIds] : value,
      );
      const found = await this.proposalRows.query(this.dataSource, statement.sql, parameters);
      const rows = this.proposalRows.hydrate(found, columns);
      if (offer) {
        // The offer each proposal points to, read in the same statement (Proposal.offer).
        const offers = offer.selection.hydrate(found, offer.columns, 'o');
        rows.forEach((row, i) => (row.offer = offers[i]));
      }
      const byParent = new Map<string, Proposal[]>(parentIds.map((id) => [id, []]));
      for (const row of rows) {
        byParent.get(parent === 'gap' ? row.gapId : row.offerId)?.push(row);
      }
      return parentIds.map((id) => byParent.get(id) ?? []);
    });
  }

  /**
   * The SQL of a nested list's batch, built once per loader name (parent, scope, page size,
   * statuses, columns: the scope's parameters are those of the name's role and state) and kept:
   * only the parents' ids differ from one batch to the next (PARENT_IDS marks their place).
   */
  private nestedStatement(
    name: string,
    { parent, status, scope, columns, offer, first }: NestedShape,
  ): { sql: string; values: unknown[] } {
    let statement = this.nestedStatements.get(name);
    if (statement) return statement;
    const column = PARENT_COLUMN[parent];
    const repository = this.dataSource.getRepository(Proposal);
    // Fixed-shape SQL (the parents and statuses as one array parameter each, not a list of
    // parameters): prepared once per pooled connection and shape, not parsed and planned on
    // every request. The parents' proposals are read once (their index), ranked, and the first
    // `first` of each kept: a second read of the same rows by id (`id IN (ranked ids)`) cost
    // PostgreSQL 0.6 of 1.4 ms on the benchmark's gap page.
    const ranked = repository
      .createQueryBuilder('candidate')
      .select('candidate.*')
      .addSelect(
        `row_number() OVER (PARTITION BY candidate.${column} ORDER BY candidate.created_at DESC, candidate.score DESC, candidate.id ASC)`,
        'nested_rank',
      )
      .where(`candidate.${column} = ANY(CAST(:parentIds AS uuid[]))`, {
        parentIds: PARENT_IDS,
      });
    if (status.length) {
      ranked.andWhere('candidate.status = ANY(CAST(:nestedStatus AS proposal_status[]))', {
        nestedStatus: status,
      });
    }
    scope(ranked, 'candidate');
    const query = this.dataSource
      .createQueryBuilder()
      .select(this.proposalRows.selectList('proposal', columns))
      .from(`(${ranked.getQuery()})`, 'proposal');
    if (offer) {
      query
        .innerJoin('offers', 'offer', 'offer.id = proposal.offer_id')
        .addSelect(offer.selection.selectList('offer', offer.columns, 'o'));
    }
    const [sql, values] = query
      .where('proposal.nested_rank <= :perParent')
      .setParameters({ ...ranked.getParameters(), perParent: first })
      .orderBy('proposal.created_at', 'DESC')
      .addOrderBy('proposal.score', 'DESC')
      .addOrderBy('proposal.id', 'ASC')
      .getQueryAndParameters();
    statement = { sql, values };
    if (this.nestedStatements.size < 1_000) this.nestedStatements.set(name, statement);
    return statement;
  }
}
