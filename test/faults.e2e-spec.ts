import { Client } from 'pg';

import { createCoordinator, loadOpenGapsAndOffers, sql } from './support/generated-data';
import { RUN, START_RUN } from './support/match-runs';
import { backupAndRestore, PostgresCluster } from './support/postgres-cluster';
import {
  type ApiProcess,
  freePort,
  type ManagedProcess,
  poll,
  processEnvironment,
  ProcessGroup,
} from './support/processes';
import { createTestDatabase, databaseUrl, templateName } from './support/test-database';
import { TEST_PASSWORD } from './support/test-users';

const GAPS = '{ gaps(first: 5) { totalCount } }';
const REPORTS = `{
  coverageReport(by: CATEGORY) { rows { key gaps demand proposed confirmed unmet } totals { gaps demand proposed confirmed unmet } }
  donorSummaries { donorIso3 offers capacity }
}`;
const PROPOSALS = `query($run: [ID!]) {
  proposals(first: 100, filter: { run: $run }) { edges { node { id status } } }
}`;
const ACCEPT = `mutation($id: ID!) { acceptProposal(input: { id: $id, side: DONOR }) { id status } }`;

interface Run {
  id: string;
  status: string;
  error: string | null;
}

async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Faults survived (issue 15): PostgreSQL restarted under the running API and worker, on a cluster
 * this file starts on a spare port; an API that never reached Redis stopping at once; a backup
 * taken with the documented command restoring to a database on which the service answers the
 * same reports.
 */
describe('faults survived', () => {
  const processes = new ProcessGroup();
  let cluster: PostgresCluster | undefined;

  afterAll(async () => {
    await processes.stopAll();
    await cluster?.destroy();
  });

  it(
    'an API that never reached Redis stops at once on SIGTERM',
    () =>
      processes.explain(async () => {
        const database = await createTestDatabase();
        try {
          const nowhere = await freePort();
          const api = await processes.startApi(
            'api-without-redis',
            processEnvironment(database, { REDIS_URL: `redis://127.0.0.1:${nowhere}` }),
          );
          const started = Date.now();
          api.process.child.kill('SIGTERM');
          const exit = await api.process.exited;
          // Before: the shutdown deadline (25 s), then exit code 1.
          expect({ exit, within5s: Date.now() - started < 5_000 }).toEqual({
            exit: { code: 0, signal: null },
            within5s: true,
          });
        } finally {
          await database.drop();
        }
      }),
    60_000,
  );

  it(
    'PostgreSQL restarted under the API and the worker: SERVICE_UNAVAILABLE at once, recovery without restarting them, nothing lost; its backup restores to the same reports',
    () =>
      processes.explain(async () => {
        cluster = await PostgresCluster.create(await freePort());
        await createDatabase(cluster.url('postgres'), 'lcm');
        const url = cluster.url('lcm');
        // The migrated, seeded schema of the test run, copied with the documented backup command.
        await backupAndRestore(databaseUrl(templateName(process.env.LCM_TEST_RUN_ID!)), url);
        const email = await createCoordinator(url);
        await loadOpenGapsAndOffers(url, 40, 20);
        const env = processEnvironment({ name: 'lcm', url, drop: async () => undefined });
        const [api, worker]: [ApiProcess, ManagedProcess] = await Promise.all([
          processes.startApi('api', env),
          processes.startWorker('worker', env),
        ]);
        await api.signIn(email, TEST_PASSWORD);

        const runToEnd = async (id: string, timeoutMs = 60_000) =>
          poll(
            `run ${id} to end`,
            async () => {
              const run = (await api.graphql<{ matchRun: Run }>(String(RUN), { id })).body.data
                ?.matchRun;
              return run && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status) ? run : false;
            },
            { timeoutMs, intervalMs: 250 },
          );
        const startRun = async () => {
          const response = await api.graphql<{ startMatchRun: Run }>(String(START_RUN), {
            input: null,
          });
          expect(response.body.errors).toBeUndefined();
          return response.body.data!.startMatchRun.id;
        };

        // Before: a finished run, an accepted proposal, the reports.
        const first = await runToEnd(await startRun());
        expect(first.status).toBe('SUCCEEDED');
        const proposals = await api.graphql<{
          proposals: { edges: { node: { id: string; status: string } }[] };
        }>(PROPOSALS, { run: [first.id] });
        const [proposal] = proposals.body.data!.proposals.edges.map((edge) => edge.node);
        expect(proposal).toBeDefined();
        const accepted = await api.graphql<{ acceptProposal: { status: string } }>(ACCEPT, {
          id: proposal.id,
        });
        expect(accepted.body.errors).toBeUndefined();
        const acceptedStatus = accepted.body.data!.acceptProposal.status;
        const reports = (await api.graphql(REPORTS)).body;
        expect(reports.errors).toBeUndefined();

        // A run queued just before the outage.
        const during = await startRun();

        // The outage: every session ends, no new connection is accepted.
        await cluster.stop('fast');
        const outage = Date.now();
        for (const [query, variables] of [
          [GAPS, undefined],
          [String(START_RUN), { input: null }],
          [REPORTS, undefined],
        ] as const) {
          const sent = Date.now();
          const response = await api.graphql(query, variables);
          const tookMs = Date.now() - sent;
          expect({
            status: response.status,
            codes: response.body.errors?.map((e) => e.extensions?.code),
          }).toEqual({
            status: 503,
            codes: expect.arrayContaining(['SERVICE_UNAVAILABLE']),
          });
          expect(
            response.body.errors!.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE'),
          ).toBe(true);
          expect(tookMs).toBeLessThan(2_000);
        }
        expect(api.process.alive && worker.alive).toBe(true);

        // Back after a few seconds; the same processes recover by themselves.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        await cluster.start();
        const back = Date.now();
        await poll(
          'the API to answer again',
          async () => {
            const response = await api.graphql(GAPS);
            return response.status === 200 && !response.body.errors;
          },
          { timeoutMs: 30_000, intervalMs: 200 },
        );
        const recoveryMs = Date.now() - back;
        process.stdout.write(
          `faults: outage ${back - outage} ms; API answering again ${recoveryMs} ms after PostgreSQL was back\n`,
        );

        // Nothing lost: the finished run, the accepted proposal, the queued run ends; a new run works.
        const firstAgain = await api.graphql<{ matchRun: Run }>(String(RUN), { id: first.id });
        expect(firstAgain.body.data!.matchRun.status).toBe('SUCCEEDED');
        const rows = await sql<{ status: string }>(
          url,
          'SELECT status FROM proposals WHERE id = $1',
          [proposal.id],
        );
        expect(rows).toEqual([{ status: acceptedStatus }]);
        const queuedBefore = await runToEnd(during);
        expect(queuedBefore.status).toBe('SUCCEEDED');
        const after = await runToEnd(await startRun());
        expect(after.status).toBe('SUCCEEDED');
        expect(api.process.alive && worker.alive).toBe(true);

        // The backup of this database, restored into an empty one, answers the same reports.
        const restoredName = `lcm_restored_${Date.now()}`;
        await createDatabase(cluster.url('postgres'), restoredName);
        const before = (await api.graphql(REPORTS)).body;
        await backupAndRestore(url, cluster.url(restoredName));
        const restoredApi = await processes.startApi(
          'api-restored',
          processEnvironment({
            name: restoredName,
            url: cluster.url(restoredName),
            drop: async () => undefined,
          }),
        );
        await restoredApi.signIn(email, TEST_PASSWORD);
        expect((await restoredApi.graphql(REPORTS)).body).toEqual(before);
      }),
    240_000,
  );
});
