// Fault tests with the real processes: the API and the worker run as child processes started the
// way `npm run start:api` / `start:worker` start them, and the test kills them or their Redis.
// A job that throws being retried and then marked FAILED is covered in-process by
// match-runs.e2e-spec.ts; it is not repeated here.
import { Job, Queue } from 'bullmq';

import { QueueName } from '@app/queue';

import { createCoordinator, loadOpenGapsAndOffers, sql } from './support/generated-data';
import {
  type ApiProcess,
  freePort,
  poll,
  processEnvironment,
  ProcessGroup,
} from './support/processes';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { TEST_PASSWORD } from './support/test-users';
import { gql } from './graphql';
import { type RunOfFaultsQuery } from './graphql/graphql';

const START_RUN = gql(`
  mutation StartRunOfFaults { startMatchRun { id status } }
`);
const RUN = gql(`
  query RunOfFaults($id: ID!) {
    matchRun(id: $id) { id status error stats { gaps offers candidatePairs proposals matchMs } }
  }
`);

type Run = NonNullable<RunOfFaultsQuery['matchRun']>;

/**
 * The worker's job lock in these tests. A killed worker's job is rerun 0.5 to 1.25 lock durations
 * after the kill (see workerOptions). The engine runs on worker threads, so the lock is renewed
 * while it computes (worker-responsiveness.e2e-spec.ts holds a 1 s lock through a longer solve).
 */
const LOCK_MS = 8_000;

/** Big enough that a run takes a few seconds (load, engine, write), small enough for LOCK_MS. */
const GAPS = 4_000;
const OFFERS = 800;

/** A fresh database with a coordinator, plus `gaps` × `offers` open gaps and offers. */
async function prepareDatabase(gaps: number, offers: number) {
  const database = await createTestDatabase();
  await loadOpenGapsAndOffers(database.url, gaps, offers);
  return { database, coordinator: await createCoordinator(database.url) };
}

/**
 * A warning from `context` whose message starts with `message`, as a plain line
 * (`WARN [context] message`) or a JSON one (`"level":"warn", … "context":"…", … "msg":"…"`).
 */
function warning(context: string, message: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `WARN \\[${escape(context)}\\] ${escape(message)}|` +
      `"level":"warn".*"context":"${escape(context)}".*"msg":"${escape(message)}`,
  );
}

async function runOf(api: ApiProcess, id: string): Promise<Run> {
  const response = await api.graphql(RUN, { id });
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data!.matchRun!;
}

async function startRun(api: ApiProcess): Promise<string> {
  const response = await api.graphql(START_RUN, {});
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data!.startMatchRun.id;
}

/** The run's status in the database, polled often: the API would be too slow to catch RUNNING. */
async function runningInDatabase(databaseUrl: string, id: string, timeoutMs = 30_000) {
  await poll(
    `match run ${id} to be RUNNING`,
    async () => {
      const [run] = await sql<{ status: string }>(
        databaseUrl,
        'SELECT status FROM match_runs WHERE id = $1',
        [id],
      );
      if (run.status === 'SUCCEEDED' || run.status === 'FAILED')
        throw new Error(`run ${id} finished before it could be caught RUNNING`);
      return run.status === 'RUNNING';
    },
    { timeoutMs, intervalMs: 20 },
  );
}

/** Proposals of the run: how many, and how many distinct (gap, offer) pairs. */
async function proposalCounts(databaseUrl: string, runId: string) {
  const [counts] = await sql<{ total: number; pairs: number }>(
    databaseUrl,
    `SELECT count(*)::int AS total, count(DISTINCT (gap_id, offer_id))::int AS pairs
     FROM proposals WHERE run_id = $1`,
    [runId],
  );
  return counts;
}

describe('match runs with real API and worker processes: killed worker, Redis outage', () => {
  const processes = new ProcessGroup();
  const databases: TestDatabase[] = [];
  const timings: Record<string, number> = {};

  afterAll(async () => {
    await processes.stopAll();
    for (const database of databases) await database.drop();
    // LCM_TEST_TIMINGS=1 prints how long recovery took (the numbers quoted in docs/matching-and-runs.md).
    if (process.env.LCM_TEST_TIMINGS)
      process.stderr.write(`worker-faults (ms): ${JSON.stringify(timings)}\n`);
  }, 60_000);

  const explained = (body: () => Promise<void>) => processes.explain(body);

  async function finished(api: ApiProcess, id: string, timeoutMs: number): Promise<Run> {
    return poll(
      `match run ${id} to finish`,
      async () => {
        const run = await runOf(api, id);
        return (run.status === 'SUCCEEDED' || run.status === 'FAILED') && run;
      },
      { timeoutMs, intervalMs: 200 },
    );
  }

  describe('a worker stopped mid-run', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    let api: ApiProcess;
    let queue: Queue;

    beforeAll(async () => {
      const prepared = await prepareDatabase(GAPS, OFFERS);
      database = prepared.database;
      databases.push(database);
      env = processEnvironment(database, { WORKER_LOCK_DURATION_MS: String(LOCK_MS) });
      api = await processes.startApi('api', env);
      await api.signIn(prepared.coordinator, TEST_PASSWORD);
      queue = new Queue(QueueName.MATCHING, {
        connection: { url: env.REDIS_URL },
        prefix: env.QUEUE_PREFIX,
      });
    }, 90_000);

    afterAll(async () => {
      await queue?.close();
    });

    async function completedJob(runId: string): Promise<Job> {
      return poll(
        `job ${runId} to be completed`,
        async () => {
          const job = await Job.fromId(queue, runId);
          return (await job?.getState()) === 'completed' && job;
        },
        { timeoutMs: 10_000 },
      );
    }

    it(
      'SIGKILL: a new worker takes the run over and it succeeds once, without duplicate proposals',
      () =>
        explained(async () => {
          const firstWorker = await processes.startWorker('worker 1', env);
          const runId = await startRun(api);
          await runningInDatabase(database.url, runId);
          await firstWorker.kill();
          const killedAt = Date.now();
          expect(firstWorker.exit).toMatchObject({ signal: 'SIGKILL' });
          // Killed mid-run: the run and its job are left RUNNING / active, without proposals.
          expect((await runOf(api, runId)).status).toBe('RUNNING');
          expect(await (await Job.fromId(queue, runId))!.getState()).toBe('active');

          const secondWorker = await processes.startWorker('worker 2', env);
          timings.secondWorkerReadyAfterKill = Date.now() - killedAt;
          const run = await finished(api, runId, 60_000);
          timings.succeededAfterKill = Date.now() - killedAt;
          expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
          expect(run.stats).toMatchObject({ gaps: GAPS, offers: OFFERS });
          timings.engineOfRerun = run.stats!.matchMs ?? Number.NaN;

          const proposals = await proposalCounts(database.url, runId);
          expect(proposals.total).toBeGreaterThan(0);
          expect(proposals.total).toBe(proposals.pairs);
          expect(proposals.total).toBe(run.stats!.proposals);

          // BullMQ found the job stalled (its lock expired with worker 1) and worker 2 completed it,
          // once: one "proposals" line, and a lock that never lapsed while it computed.
          expect((await completedJob(runId)).stalledCounter).toBe(1);
          const done = secondWorker
            .text()
            .match(new RegExp(`Match run ${runId}: \\d+ proposals`, 'g'));
          expect(done).toEqual([`Match run ${runId}: ${run.stats!.proposals} proposals`]);
          expect(secondWorker.text()).not.toMatch(/could not renew lock|Missing lock/);

          // An idle worker stops at once on SIGTERM, with code 0.
          const stopping = Date.now();
          expect(await secondWorker.stop()).toEqual({ code: 0, signal: null });
          timings.idleWorkerStop = Date.now() - stopping;
        }),
      120_000,
    );

    it(
      'SIGKILL twice: the job is failed by BullMQ and the run is marked FAILED with the reason',
      () =>
        explained(async () => {
          const firstWorker = await processes.startWorker('worker 4', env);
          const runId = await startRun(api);
          await runningInDatabase(database.url, runId);
          const [{ startedAt }] = await sql<{ startedAt: Date }>(
            database.url,
            'SELECT started_at AS "startedAt" FROM match_runs WHERE id = $1',
            [runId],
          );
          await firstWorker.kill();
          const secondWorker = await processes.startWorker('worker 5', env);
          // Caught rerunning it (a new start time): killed again.
          await poll(
            'the run to be taken over',
            async () => {
              const [run] = await sql<{ status: string; rerun: boolean }>(
                database.url,
                'SELECT status, started_at > $2 AS rerun FROM match_runs WHERE id = $1',
                [runId, startedAt],
              );
              if (run.status !== 'RUNNING') throw new Error(`run ${runId} is ${run.status}`);
              return run.rerun;
            },
            { timeoutMs: 30_000, intervalMs: 20 },
          );
          await secondWorker.kill();
          const killedAt = Date.now();
          const thirdWorker = await processes.startWorker('worker 6', env);
          const run = await finished(api, runId, 30_000);
          timings.failedAfterSecondKill = Date.now() - killedAt;
          expect(run).toMatchObject({
            status: 'FAILED',
            error:
              'Abandoned: the worker running it stopped 2 times (job stalled more than allowable limit)',
          });
          expect(await (await Job.fromId(queue, runId))!.getState()).toBe('failed');
          expect(await thirdWorker.stop()).toEqual({ code: 0, signal: null });
        }),
      120_000,
    );

    it(
      'SIGTERM: the worker finishes the run it is executing, then exits with code 0',
      () =>
        explained(async () => {
          const worker = await processes.startWorker('worker 3', env);
          const runId = await startRun(api);
          await runningInDatabase(database.url, runId);
          const signalledAt = Date.now();
          const exit = await worker.stop(30_000);
          timings.exitAfterSigterm = Date.now() - signalledAt;
          expect(exit).toEqual({ code: 0, signal: null });

          // Finished before exiting, by this worker: no other worker was running.
          const run = await runOf(api, runId);
          expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
          const proposals = await proposalCounts(database.url, runId);
          expect(proposals.total).toBe(proposals.pairs);
          expect(proposals.total).toBe(run.stats!.proposals);
          expect((await completedJob(runId)).stalledCounter).toBe(0);
          // In this order: the signal, the run finishing, the worker closing.
          expect(worker.text()).toMatch(
            new RegExp(
              `SIGTERM: stopping[^]*Finishing match run ${runId}, then stopping[^]*` +
                `Match run ${runId}: \\d+ proposals[^]*Worker closed`,
            ),
          );
        }),
      90_000,
    );
  });

  it(
    'Redis outage: startMatchRun fails fast and both processes stay up; once it is back, runs succeed without restarting them',
    () =>
      explained(async () => {
        const { database, coordinator } = await prepareDatabase(60, 12);
        databases.push(database);
        const port = await freePort();
        const redis = await processes.startRedis(port);
        const env = processEnvironment(database, { REDIS_URL: `redis://127.0.0.1:${port}` });
        const [api, worker] = await Promise.all([
          processes.startApi('api (own redis)', env),
          processes.startWorker('worker (own redis)', env),
        ]);
        await api.signIn(coordinator, TEST_PASSWORD);

        const before = await startRun(api);
        expect((await finished(api, before, 30_000)).status).toBe('SUCCEEDED');

        await redis.kill();
        const stoppedAt = Date.now();

        // The producer refuses at once instead of waiting for Redis; the run is recorded FAILED.
        const refused = await api.graphql(
          START_RUN,
          {},
          {
            timeoutMs: 10_000,
          },
        );
        timings.refusedIn = Date.now() - stoppedAt;
        expect(refused.body.data).toBeNull();
        expect(refused.body.errors).toEqual([
          expect.objectContaining({
            message: 'Internal server error',
            path: ['startMatchRun'],
            extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
          }),
        ]);
        expect(timings.refusedIn).toBeLessThan(3_000);
        const others = await sql<{ status: string; error: string }>(
          database.url,
          `SELECT status, error FROM match_runs WHERE id <> $1`,
          [before],
        );
        expect(others).toEqual([
          { status: 'FAILED', error: expect.stringMatching(/^Could not queue the run: /) },
        ]);
        // What needs only Postgres still answers.
        expect((await runOf(api, before)).status).toBe('SUCCEEDED');

        // Both notice the outage, log it as a warning and keep retrying.
        await worker.waitForOutput(warning('Worker matching', 'connect ECONNREFUSED'), 15_000);
        await api.process.waitForOutput(warning('Queue matching', 'connect ECONNREFUSED'), 15_000);
        // Keep Redis down a little longer: several reconnection attempts, and no crash.
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, stoppedAt + 3_000 - Date.now())),
        );
        expect(api.process.alive).toBe(true);
        expect(worker.alive).toBe(true);

        await processes.startRedis(port);
        const restartedAt = Date.now();
        const after = await poll(
          'startMatchRun to queue a run again',
          () => startRun(api).catch(() => undefined),
          { timeoutMs: 30_000, intervalMs: 250 },
        );
        timings.queuedAfterRedisRestart = Date.now() - restartedAt;
        expect((await finished(api, after, 30_000)).status).toBe('SUCCEEDED');
        timings.succeededAfterRedisRestart = Date.now() - restartedAt;

        // The same two processes, never restarted, and no unhandled 'error' event printed.
        expect(api.process.alive).toBe(true);
        expect(worker.alive).toBe(true);
        for (const output of [api.process.text(), worker.text()]) {
          expect(output).not.toMatch(/^Error: connect ECONNREFUSED/m);
        }
      }),
    120_000,
  );
});
