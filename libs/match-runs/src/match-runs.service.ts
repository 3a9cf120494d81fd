import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { EVERYTHING, type ListScope } from '@app/access';
import { type Connection, paginate } from '@app/common';
import { MatchRunStatus } from '@app/domain';
import { JobName, type MatchRunJobData, QueueName } from '@app/queue';
import { currentRequestId } from '@app/request-context';

import { type MatchRunsArgs, type ProposalsArgs } from './dto/match-runs.args';
import { type MatchWeightsInput } from './dto/start-match-run.input';
import { MatchRun } from './match-run.entity';
import { checkedWeights } from './match-weights';
import { Proposal } from './proposal.entity';

@Injectable()
export class MatchRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue<MatchRunJobData>,
  ) {}

  /**
   * Records a QUEUED run, then queues its job under the run's id (so a job can never be queued
   * twice for one run). If the queue cannot take it, the run is marked FAILED, not lost.
   */
  async start(
    requestedBy: string,
    weights: MatchWeightsInput | null | undefined,
  ): Promise<MatchRun> {
    const runs = this.dataSource.getRepository(MatchRun);
    const run = await runs.save(runs.create({ requestedBy, weights: checkedWeights(weights) }));
    try {
      await this.queue.add(
        JobName.MATCH_RUN,
        { runId: run.id, requestId: currentRequestId() },
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

  findRun(id: string): Promise<MatchRun | null> {
    return this.dataSource.getRepository(MatchRun).findOneBy({ id });
  }

  listRuns(args: MatchRunsArgs): Promise<Connection<MatchRun>> {
    const query = this.dataSource.getRepository(MatchRun).createQueryBuilder('run');
    if (args.status?.length) query.andWhere('run.status IN (:...status)', { status: args.status });
    return paginate(query, args, {
      column: 'run.created_at',
      idColumn: 'run.id',
      direction: 'DESC',
      valueOf: (run) => run.createdAt.toISOString(),
      idOf: (run) => run.id,
    });
  }

  listProposals(args: ProposalsArgs, scope: ListScope = EVERYTHING): Promise<Connection<Proposal>> {
    const query = this.dataSource.getRepository(Proposal).createQueryBuilder('proposal');
    scope(query, 'proposal');
    const filter = args.filter ?? {};
    if (filter.run?.length) query.andWhere('proposal.run_id IN (:...run)', filter);
    if (filter.gap?.length) query.andWhere('proposal.gap_id IN (:...gap)', filter);
    if (filter.offer?.length) query.andWhere('proposal.offer_id IN (:...offer)', filter);
    if (filter.status?.length) query.andWhere('proposal.status IN (:...status)', filter);
    return paginate(query, args, {
      column: 'proposal.created_at',
      idColumn: 'proposal.id',
      direction: 'DESC',
      valueOf: (proposal) => proposal.createdAt.toISOString(),
      idOf: (proposal) => proposal.id,
    });
  }
}
