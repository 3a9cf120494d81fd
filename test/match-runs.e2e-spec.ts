import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue, QueueEvents } from 'bullmq';

import { MatchJobService } from '@app/match-runs';
import { QueueName } from '@app/queue';

import { WorkerModule } from '../apps/worker/src/worker.module';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

const START = `mutation($input: StartMatchRunInput) {
  startMatchRun(input: $input) { id status progress requestedBy jobId weights { priority urgency } }
}`;
const RUN = `query($id: ID!) { matchRun(id: $id) {
  id status progress phase error
  stats { gaps offers candidatePairs proposals objective covered demand durationMs }
} }`;
const PROPOSALS = `query($filter: ProposalFilter) { proposals(first: 100, filter: $filter) {
  totalCount edges { node { runId gapId offerId quantity score explanation status breakdown { priority language } } }
} }`;

type Proposals = {
  proposals: {
    totalCount: number;
    edges: {
      node: {
        runId: string;
        gapId: string;
        offerId: string;
        quantity: number;
        status: string;
        explanation: string;
      };
    }[];
  };
};

describe('match runs: API queues, the BullMQ worker runs the engine and writes proposals', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    const connection = { url: process.env.REDIS_URL };
    queue = new Queue(QueueName.MATCHING, { connection, prefix: api.queuePrefix });
    events = new QueueEvents(QueueName.MATCHING, { connection, prefix: api.queuePrefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await queue?.close();
    await worker?.close();
    await api?.close();
  });

  async function create(kind: 'Gap' | 'Offer', input: Record<string, unknown>): Promise<string> {
    const response = await api.graphql<Record<string, { id: string }>>(
      `mutation($input: Create${kind}Input!) { create${kind}(input: $input) { id } }`,
      { input: { ...input, open: true } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data![`create${kind}`].id;
  }

  async function runToCompletion(weights?: Record<string, number>) {
    const started = await api.graphql<{
      startMatchRun: { id: string; status: string; jobId: string };
    }>(START, { input: weights ? { weights } : null });
    expect(started.body.errors).toBeUndefined();
    const run = started.body.data!.startMatchRun;
    expect(run).toMatchObject({ status: 'QUEUED', jobId: run.id });
    const job = await Job.fromId(queue, run.jobId);
    await job!.waitUntilFinished(events, 20_000);
    const finished = await api.graphql<{ matchRun: Record<string, unknown> }>(RUN, { id: run.id });
    return finished.body.data!.matchRun as {
      id: string;
      status: string;
      stats: Record<string, number>;
    };
  }

  it('proposes the optimal allocation with explanations, and a new run supersedes the old proposals', async () => {
    const critical = await create(
      'Gap',
      gapInput({ title: 'Critical CASEVAC', priority: 'CRITICAL', quantity: 30 }),
    );
    const low = await create(
      'Gap',
      gapInput({
        memberState: 'SEN',
        title: 'Low CASEVAC',
        priority: 'LOW',
        quantity: 30,
        languages: ['fr'],
      }),
    );
    const offer = await create('Offer', offerInput({ capacity: 40 }));
    // A DRAFT offer takes no part in matching.
    const draft = await api.graphql(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: offerInput({ title: 'Draft offer', capacity: 500 }) },
    );
    expect(draft.body.errors).toBeUndefined();

    const first = await runToCompletion();
    expect(first.status).toBe('SUCCEEDED');
    expect(first.stats).toMatchObject({
      gaps: 2,
      candidatePairs: 2,
      proposals: 2,
      covered: 40,
      demand: 60,
    });

    const proposals = await api.graphql<Proposals>(PROPOSALS, { filter: { run: [first.id] } });
    const byGap = Object.fromEntries(
      proposals.body.data!.proposals.edges.map((e) => [e.node.gapId, e.node]),
    );
    expect(byGap[critical]).toMatchObject({ offerId: offer, quantity: 30, status: 'PROPOSED' });
    expect(byGap[low]).toMatchObject({ offerId: offer, quantity: 10, status: 'PROPOSED' });
    expect(byGap[critical].explanation).toContain('Same capability CASEVAC');

    const second = await runToCompletion({ priority: 0.5 });
    expect(second.status).toBe('SUCCEEDED');
    const old = await api.graphql<Proposals>(PROPOSALS, { filter: { run: [first.id] } });
    expect(old.body.data!.proposals.edges.every((e) => e.node.status === 'SUPERSEDED')).toBe(true);
    const current = await api.graphql<Proposals>(PROPOSALS, { filter: { status: ['PROPOSED'] } });
    expect(current.body.data!.proposals.edges.every((e) => e.node.runId === second.id)).toBe(true);
  });

  it('is idempotent: a duplicated or retried job never duplicates proposals', async () => {
    const run = await runToCompletion();
    const count = async () =>
      (await api.graphql<Proposals>(PROPOSALS, { filter: { run: [run.id] } })).body.data!.proposals
        .totalCount;
    const before = await count();
    expect(before).toBeGreaterThan(0);

    const jobs = worker.get(MatchJobService);
    await expect(jobs.run({ runId: run.id })).resolves.toBe('skipped');
    // A retry of a run that died mid-way: it is RUNNING again, and re-running replaces its proposals.
    await api.dataSource.query(`UPDATE match_runs SET status = 'RUNNING' WHERE id = $1`, [run.id]);
    await expect(jobs.run({ runId: run.id })).resolves.toBe('succeeded');
    expect(await count()).toBe(before);

    // The queue refuses a second job for the same run.
    await queue.add('match-run', { runId: run.id }, { jobId: run.id });
    expect(await queue.getJobCounts('waiting', 'active', 'delayed')).toMatchObject({
      waiting: 0,
      delayed: 0,
    });
  });

  it('retries a failing job with backoff, then marks the run FAILED with the reason', async () => {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match_runs (requested_by, weights) VALUES ('test', '{"luck": 1}') RETURNING id`,
    );
    const job = await queue.add(
      'match-run',
      { runId: id },
      { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );
    await expect(job.waitUntilFinished(events, 20_000)).rejects.toThrow(/luck/);
    const failed = await api.graphql<{ matchRun: { status: string; error: string } }>(RUN, { id });
    expect(failed.body.data!.matchRun.status).toBe('FAILED');
    expect(failed.body.data!.matchRun.error).toContain('weights.luck: unknown criterion');
    expect((await Job.fromId(queue, id))!.attemptsMade).toBe(2);
  });

  it('rejects negative weights before queuing anything', async () => {
    const response = await api.graphql(START, { input: { weights: { priority: -1 } } });
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.weights.priority',
    });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM match_runs WHERE weights->>'priority' = '-1'`,
    );
    expect(count).toBe(0);
  });
});
