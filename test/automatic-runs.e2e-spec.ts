import { gql } from './graphql';
import { createOpen, startTestWorker, type TestWorker } from './support/match-runs';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

const DEBOUNCE_MS = 1_500;

const RUNS = gql(`
  query AutomaticRuns {
    matchRuns(first: 20) { edges { node { id status requestedBy stats { proposals } } } }
  }
`);

const PROPOSALS = gql(`
  query AutomaticProposals { proposals(first: 10) { edges { node { gapId offerId quantity } } } }
`);

describe('automatic match runs: changes to gaps and offers, debounced by BullMQ', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi({ AUTO_MATCH: 'true', MATCH_DEBOUNCE_MS: String(DEBOUNCE_MS) });
    worker = await startTestWorker(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  async function runs() {
    const response = await api.graphql(RUNS, {});
    return response.body.data!.matchRuns.edges.map((edge) => edge.node);
  }

  async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits until the queue has nothing waiting, delayed or active. */
  async function queueIdle(): Promise<void> {
    await waitFor(async () => {
      const counts = await worker.queue.getJobCounts('waiting', 'delayed', 'active');
      return counts.waiting + counts.delayed + counts.active === 0 ? true : undefined;
    });
  }

  it('many changes within the debounce window give one run, which proposes for all of them', async () => {
    const started = Date.now();
    const gaps = [
      await createOpen(api, 'Gap', gapInput({ quantity: 10 })),
      await createOpen(api, 'Gap', gapInput({ memberState: 'SEN', quantity: 10 })),
      await createOpen(api, 'Gap', gapInput({ memberState: 'GHA', quantity: 10 })),
    ];
    const offer = await createOpen(api, 'Offer', offerInput({ capacity: 100 }));
    const update = await api.graphql(
      `mutation($input: UpdateGapInput!) { updateGap(input: $input) { id } }`,
      { input: { id: gaps[0], quantity: 12 } },
    );
    expect(update.body.errors).toBeUndefined();
    const changesTook = Date.now() - started;
    // The test is only meaningful if the five changes fell within one window.
    expect(changesTook).toBeLessThan(DEBOUNCE_MS);

    // Nothing runs while changes keep coming: the one delayed job waits for quiet.
    expect(await worker.queue.getJobCounts('delayed')).toEqual({ delayed: 1 });
    expect(await runs()).toEqual([]);

    const run = await waitFor(async () =>
      (await runs()).find((candidate) => candidate.status === 'SUCCEEDED'),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(DEBOUNCE_MS);
    expect(run.requestedBy).toMatch(/^automatic: /);
    expect(run.stats!.proposals).toBe(3);
    await queueIdle();
    expect(await runs()).toHaveLength(1);

    const proposals = await api.graphql(PROPOSALS, {});
    const byGap = Object.fromEntries(
      proposals.body.data!.proposals.edges.map(({ node }) => [node.gapId, node]),
    );
    expect(byGap[gaps[0]]).toMatchObject({ offerId: offer, quantity: 12 });
    expect(Object.keys(byGap).sort()).toEqual([...gaps].sort());
  });

  it('a change that does not concern matching (a DRAFT gap) schedules nothing', async () => {
    const before = (await runs()).length;
    const draft = await api.graphql(
      `mutation($input: CreateGapInput!) { createGap(input: $input) { id status } }`,
      { input: gapInput({ memberState: 'NPL' }) },
    );
    expect(draft.body.errors).toBeUndefined();
    expect(await worker.queue.getJobCounts('delayed', 'waiting')).toEqual({
      delayed: 0,
      waiting: 0,
    });
    expect((await runs()).length).toBe(before);
  });

  it('withdrawing an offer schedules a run that expires its proposals', async () => {
    const [offer] = (
      await api.dataSource.query<{ id: string }[]>(`SELECT id FROM offers ORDER BY created_at`)
    ).map((row) => row.id);
    const before = (await runs()).length;
    const withdrawn = await api.graphql(
      `mutation($input: WithdrawOfferInput!) { withdrawOffer(input: $input) { status } }`,
      { input: { id: offer } },
    );
    expect(withdrawn.body.errors).toBeUndefined();
    await waitFor(async () => ((await runs()).length > before ? true : undefined));
    await queueIdle();
    const [{ open }] = await api.dataSource.query<{ open: number }[]>(
      `SELECT count(*)::int AS open FROM proposals WHERE offer_id = $1 AND status IN ('PROPOSED', 'ACCEPTED')`,
      [offer],
    );
    expect(open).toBe(0);
  });
});
