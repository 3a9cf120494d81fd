import { Job } from 'bullmq';

import {
  type CreateGapInput,
  type CreateOfferInput,
  type MatchWeightsInput,
} from './graphql/graphql';
import { gapInput, offerInput } from './support/factories';
import { createOpen, RUN, START_RUN, startTestWorker, type TestWorker } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';

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
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const create = (kind: 'Gap' | 'Offer', input: CreateGapInput | CreateOfferInput) =>
    createOpen(api, kind, input);
  const runToCompletion = (weights?: MatchWeightsInput) => worker.runToCompletion(weights);

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

  // A duplicated or retried job rewrites, never duplicates, its run's proposals:
  // test/service/match-run-executor.service-spec.ts.
  it('queues one job per run: a second job for the same run is refused', async () => {
    const run = await runToCompletion();
    // The queue refuses a second job for the same run.
    await worker.queue.add('match-run', { runId: run.id }, { jobId: run.id });
    expect(await worker.queue.getJobCounts('waiting', 'active', 'delayed')).toMatchObject({
      waiting: 0,
      delayed: 0,
    });
  });

  it('retries a failing job with backoff, then marks the run FAILED with the reason', async () => {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match_runs (requested_by, weights) VALUES ('test', '{"luck": 1}') RETURNING id`,
    );
    const job = await worker.queue.add(
      'match-run',
      { runId: id },
      { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );
    await expect(job.waitUntilFinished(worker.events, 20_000)).rejects.toThrow(/luck/);
    const failed = await api.graphql(RUN, { id });
    expect(failed.body.data!.matchRun!.status).toBe('FAILED');
    expect(failed.body.data!.matchRun!.error).toContain('weights.luck: unknown criterion');
    expect((await Job.fromId(worker.queue, id))!.attemptsMade).toBe(2);
  });

  it('rejects negative weights before queuing anything', async () => {
    const response = await api.graphql(START_RUN, { input: { weights: { priority: -1 } } });
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
