// Graceful shutdown of the API, as a real process started the way `npm run start:api` starts it:
// a SIGTERM while a request is in flight. The request is held on a row lock the test takes in
// Postgres, so it is certainly in flight (waiting on I/O, not on the CPU) when the signal arrives,
// and stays so until the test lets it go. The worker's side is in worker-faults.e2e-spec.ts.
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';

import { Client } from 'pg';

import { createCoordinator, loadOpenGapsAndOffers, sql } from './support/generated-data';
import {
  type ApiProcess,
  poll,
  type ProcessExit,
  processEnvironment,
  ProcessGroup,
} from './support/processes';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { TEST_PASSWORD } from './support/test-users';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const UPDATE = `mutation($input: UpdateGapInput!) { updateGap(input: $input) { id quantity } }`;

/** The application_name of the app's database connections (see createDataSourceOptions). */
const APPLICATION_NAME = 'lcm-match';

/** How long after answering its last request a stopping API may take to exit. */
const EXIT_WITHIN_MS = 5_000;

/** Whether a new TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** A GraphQL POST through `agent`, which decides whether the connection is kept alive. */
function post(
  url: string,
  token: string,
  agent: Agent,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; connection: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            connection: res.headers.connection,
            body: JSON.parse(text),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

/** The app's sessions on the database, and how many of its sessions ended without a goodbye. */
async function sessions(database: TestDatabase) {
  const [counts] = await sql<{ open: number; waiting: number; abandoned: number }>(
    database.url,
    `SELECT count(*) FILTER (WHERE application_name = $2)::int AS open,
            count(*) FILTER (WHERE application_name = $2 AND wait_event_type = 'Lock')::int
              AS waiting,
            (SELECT sessions_abandoned::int FROM pg_stat_database WHERE datname = $1) AS abandoned
     FROM pg_stat_activity WHERE datname = $1`,
    [database.name, APPLICATION_NAME],
  );
  return counts;
}

/** The exit, or undefined if the process is still running `ms` later. */
async function exitWithin(api: ApiProcess, ms: number): Promise<ProcessExit | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      api.process.exited,
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe('API graceful shutdown: SIGTERM during a request', () => {
  const processes = new ProcessGroup();
  const timings: Record<string, number> = {};
  let database: TestDatabase;
  let coordinator: string;
  let gapId: string;
  /** How the API of the first test ended. */
  let firstExit: ProcessExit | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadOpenGapsAndOffers(database.url, 1, 0);
    [{ id: gapId }] = await sql<{ id: string }>(database.url, 'SELECT id FROM capability_gaps');
    coordinator = await createCoordinator(database.url);
  }, 30_000);

  afterAll(async () => {
    await processes.stopAll();
    await database?.drop();
    // LCM_TEST_TIMINGS=1 prints how long the shutdown took (the numbers quoted in docs/matching-and-runs.md).
    if (process.env.LCM_TEST_TIMINGS)
      process.stderr.write(`api-shutdown (ms): ${JSON.stringify(timings)}\n`);
  }, 30_000);

  const explained = (body: () => Promise<void>) => processes.explain(body);

  /**
   * Starts an API, sends it `quantity` as an update of the gap through `agent` while the test
   * holds the gap's row lock, and sends SIGTERM once the update waits on it. Returns after the
   * API refuses new connections; `release` lets the update go and gives its answer.
   */
  async function signalDuringRequest(name: string, agent: Agent, quantity: number) {
    const api = await processes.startApi(name, processEnvironment(database));
    const login = await api.graphql<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: coordinator, password: TEST_PASSWORD },
    });
    const token = login.body.data!.login.accessToken;
    const port = Number(new URL(api.url).port);

    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM capability_gaps WHERE id = $1 FOR UPDATE', [gapId]);
    let answered = false;
    const answer = post(api.url, token, agent, UPDATE, { input: { id: gapId, quantity } });
    answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    await poll(
      'the update to wait on the row lock',
      async () => (await sessions(database)).waiting === 1,
      {
        timeoutMs: 10_000,
      },
    );
    const { abandoned } = await sessions(database);

    api.process.child.kill('SIGTERM');
    const signalledAt = Date.now();
    // New connections are refused while the request in flight is still held.
    await poll('the API to refuse new connections', () => refused(port), {
      timeoutMs: 5_000,
      intervalMs: 20,
    });
    timings[`${name}: refusing after signal`] = Date.now() - signalledAt;
    expect(answered).toBe(false);
    expect(api.process.alive).toBe(true);

    return {
      api,
      abandoned,
      async release() {
        await locker.query('COMMIT');
        await locker.end();
        const response = await answer;
        timings[`${name}: answered after signal`] = Date.now() - signalledAt;
        return response;
      },
    };
  }

  it(
    'answers the request in flight, refuses new connections, closes its pool, then exits',
    () =>
      explained(async () => {
        // This client closes its connection after the answer (Connection: close).
        const agent = new Agent({ keepAlive: false });
        const { api, abandoned, release } = await signalDuringRequest('api 1', agent, 42);
        const response = await release();
        const answeredAt = Date.now();
        expect(response).toMatchObject({
          status: 200,
          body: { data: { updateGap: { id: gapId, quantity: 42 } } },
        });

        firstExit = await exitWithin(api, EXIT_WITHIN_MS);
        timings['api 1: exit after answer'] = Date.now() - answeredAt;
        expect(firstExit).toBeDefined();

        // Its pool was closed, each connection with a goodbye: none is left, none was abandoned.
        await poll(
          'the API connections to be gone',
          async () => (await sessions(database)).open === 0,
          {
            timeoutMs: 2_000,
          },
        );
        expect((await sessions(database)).abandoned).toBe(abandoned);
        const [gap] = await sql<{ quantity: number }>(
          database.url,
          'SELECT quantity FROM capability_gaps WHERE id = $1',
          [gapId],
        );
        expect(gap.quantity).toBe(42);
      }),
    60_000,
  );

  // By default Nest re-raises the signal after its hooks (an exit by SIGTERM, 143 in a shell).
  it('exits with code 0 after a SIGTERM', () => {
    expect(firstExit).toEqual({ code: 0, signal: null });
  });

  // The connection of the request in flight is not idle when Fastify closes the idle ones: without
  // `Connection: close` on its answer it would hold the server's close until the client drops it
  // (72 s of keep-alive), longer than the 30 s an orchestrator waits before SIGKILL.
  it(
    `exits within ${EXIT_WITHIN_MS} ms of the answer when the client keeps its connection alive`,
    () =>
      explained(async () => {
        const agent = new Agent({ keepAlive: true });
        try {
          const { api, release } = await signalDuringRequest('api 2', agent, 43);
          const response = await release();
          expect(response).toMatchObject({ status: 200 });
          expect(await exitWithin(api, EXIT_WITHIN_MS)).toBeDefined();
        } finally {
          // Drops the kept-alive connection, which lets a hanging API finish stopping.
          agent.destroy();
        }
      }),
    60_000,
  );
});
