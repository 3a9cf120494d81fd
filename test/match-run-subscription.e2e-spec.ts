import { randomUUID } from 'node:crypto';

import { type Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

import { gapInput, offerInput } from './support/factories';
import { createOpen, START_RUN, startTestWorker, type TestWorker } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';

const RUN_FIELDS = `id status progress phase error
  stats { gaps offers candidatePairs proposals covered demand }`;
const RUN_UPDATED = `subscription($id: ID!) { matchRunUpdated(id: $id) { ${RUN_FIELDS} } }`;
const RUNS_UPDATED = `subscription { matchRunsUpdated { ${RUN_FIELDS} } }`;

interface RunUpdate {
  id: string;
  status: string;
  progress: number;
  phase: string | null;
  error: string | null;
  stats: Record<string, number> | null;
}

type Updates = AsyncIterableIterator<FormattedExecutionResult<Record<string, RunUpdate>>>;

/** The run of each message; fails on a message with errors. */
async function next(updates: Updates, field: string): Promise<RunUpdate> {
  const { value, done } = await updates.next();
  expect(done).toBe(false);
  expect(value.errors).toBeUndefined();
  return value.data![field];
}

/** Every remaining message of a stream that ends by itself. */
async function rest(updates: Updates, field: string): Promise<RunUpdate[]> {
  const runs: RunUpdate[] = [];
  for await (const value of updates) {
    expect(value.errors).toBeUndefined();
    runs.push(value.data![field]);
  }
  return runs;
}

/** Messages of a stream that never ends, up to the one that matches `last`. */
async function until(
  updates: Updates,
  field: string,
  last: (run: RunUpdate) => boolean,
): Promise<RunUpdate[]> {
  const runs: RunUpdate[] = [];
  for (;;) {
    const run = await next(updates, field);
    runs.push(run);
    if (last(run)) return runs;
  }
}

function expectProgressNeverGoesBack(runs: RunUpdate[]): void {
  const progress = runs.map((run) => run.progress);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
}

describe('match run subscriptions over graphql-ws: the worker’s progress reaches subscribers', () => {
  let api: TestApi;
  let worker: TestWorker | undefined;
  let client: Client;

  beforeAll(async () => {
    api = await startTestApi();
    client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${api.tokens.coordinator}` },
    });
    await createOpen(api, 'Gap', gapInput({ title: 'Critical CASEVAC', priority: 'CRITICAL' }));
    await createOpen(api, 'Gap', gapInput({ memberState: 'SEN', languages: ['fr'] }));
    await createOpen(api, 'Offer', offerInput({ capacity: 60 }));
  });

  afterAll(async () => {
    await client?.dispose();
    await worker?.close();
    await api?.close();
  });

  const subscribe = (query: string, variables?: Record<string, unknown>): Updates =>
    client.iterate({ query, variables });

  it('pushes a run from QUEUED through RUNNING with rising progress to SUCCEEDED with stats, then ends', async () => {
    // No worker yet: the run waits in the queue, so the subscriber sees every step.
    const allRuns = subscribe(RUNS_UPDATED);
    const started = await api.graphql(START_RUN, {});
    expect(started.body.errors).toBeUndefined();
    const { id } = started.body.data!.startMatchRun;
    const oneRun = subscribe(RUN_UPDATED, { id });
    expect(await next(oneRun, 'matchRunUpdated')).toMatchObject({
      id,
      status: 'QUEUED',
      progress: 0,
      stats: null,
    });

    // Holding the gaps table stops the worker right after it marked the run RUNNING, so that
    // state is seen for certain however fast the engine is.
    const lock = api.dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query('LOCK TABLE capability_gaps IN ACCESS EXCLUSIVE MODE');
    worker = await startTestWorker(api);
    const running = await next(oneRun, 'matchRunUpdated');
    await lock.commitTransaction();
    await lock.release();
    expect(running).toMatchObject({ id, status: 'RUNNING', progress: 0, phase: 'loading' });

    const updates = [running, ...(await rest(oneRun, 'matchRunUpdated'))];
    expect(updates.every((run) => run.id === id)).toBe(true);
    const statuses = updates.map((run) => run.status);
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect(statuses.slice(0, -1).every((status) => status === 'RUNNING')).toBe(true);
    expectProgressNeverGoesBack(updates);
    // Each message changed something: no state is sent twice in a row.
    const states = updates.map((run) => JSON.stringify(run));
    expect(states.every((state, index) => state !== states[index - 1])).toBe(true);
    expect(updates.at(-1)).toMatchObject({
      progress: 100,
      phase: 'done',
      error: null,
      stats: { gaps: 2, offers: 1, candidatePairs: 2, proposals: 2, covered: 60, demand: 80 },
    });

    // The all-runs stream saw the same run finish, and stays open.
    const seen = await until(
      allRuns,
      'matchRunsUpdated',
      (run) => run.id === id && run.status === 'SUCCEEDED',
    );
    expect(seen.filter((run) => run.id === id).map((run) => run.status)).toContain('RUNNING');
    expectProgressNeverGoesBack(seen.filter((run) => run.id === id));
    await allRuns.return!();
  });

  it('answers a finished run with its current state at once, then ends the stream', async () => {
    const finished = await worker!.runToCompletion();
    const updates = await rest(subscribe(RUN_UPDATED, { id: finished.id }), 'matchRunUpdated');
    expect(updates).toEqual([
      expect.objectContaining({ id: finished.id, status: 'SUCCEEDED', progress: 100 }),
    ]);
  });

  it('refuses an unknown run with NOT_FOUND, an id that is not a UUID with BAD_USER_INPUT', async () => {
    const id = randomUUID();
    await expect(subscribe(RUN_UPDATED, { id }).next()).rejects.toEqual([
      expect.objectContaining({
        message: `MatchRun ${id} not found`,
        extensions: expect.objectContaining({ code: 'NOT_FOUND', field: 'id' }),
      }),
    ]);
    await expect(subscribe(RUN_UPDATED, { id: 'not-a-run-id' }).next()).rejects.toEqual([
      expect.objectContaining({
        message: 'id: must be a UUID',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }),
      }),
    ]);
    // The connection is still good for the next subscription.
    const finished = await worker!.runToCompletion();
    expect(
      await next(subscribe(RUN_UPDATED, { id: finished.id }), 'matchRunUpdated'),
    ).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('refuses parties with FORBIDDEN and connections without a valid token with UNAUTHENTICATED', async () => {
    const finished = await worker!.runToCompletion();
    const attempts: [string | undefined, string][] = [
      [api.tokens.donor, 'FORBIDDEN'],
      [api.tokens.tpcc, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
      [`${api.tokens.coordinator}x`, 'UNAUTHENTICATED'],
    ];
    for (const [token, code] of attempts) {
      const other = createClient({
        url: api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      });
      try {
        for (const [query, variables] of [
          [RUN_UPDATED, { id: finished.id }],
          [RUNS_UPDATED, undefined],
        ] as const) {
          await expect(other.iterate({ query, variables }).next()).rejects.toEqual([
            expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
          ]);
        }
      } finally {
        await other.dispose();
      }
    }
  });

  it('refuses an invalid subscription document as a query is refused', async () => {
    await expect(subscribe(`subscription { matchRunsUpdated { id nope } }`).next()).rejects.toEqual(
      [
        expect.objectContaining({
          message: expect.stringContaining('nope'),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ],
    );
  });

  it('ends a run that fails on every attempt with FAILED and the reason', async () => {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO match_runs (requested_by, weights) VALUES ('test', '{"luck": 1}') RETURNING id`,
    );
    const oneRun = subscribe(RUN_UPDATED, { id });
    expect(await next(oneRun, 'matchRunUpdated')).toMatchObject({ status: 'QUEUED' });
    await worker!.queue.add(
      'match-run',
      { runId: id },
      { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );

    const updates = await rest(oneRun, 'matchRunUpdated');
    expect(updates.at(-1)).toMatchObject({ status: 'FAILED', stats: null });
    expect(updates.at(-1)!.error).toContain('weights.luck: unknown criterion');
    expect(updates.slice(0, -1).every((run) => run.status === 'RUNNING')).toBe(true);
  });
});
