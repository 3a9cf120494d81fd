import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { hashPassword } from '@app/auth';

import { type ApiProcess, type ManagedProcess, poll, ProcessGroup } from './support/processes';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { TEST_PASSWORD, testEmail } from './support/test-users';

type LogLine = Record<string, unknown> & { level: string; msg: string };

/** Every line a process printed, parsed: all of them must be JSON objects (NODE_ENV=test). */
function logLines(managed: ManagedProcess): LogLine[] {
  return managed
    .text()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`${managed.name} printed a line that is not JSON: ${line}`);
      }
    });
}

describe('logs: JSON lines with the request id, from the API request into the worker', () => {
  const processes = new ProcessGroup();
  let database: TestDatabase;
  let api: ApiProcess;
  let worker: ManagedProcess;
  let accessToken: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'COORDINATOR')`,
      [testEmail('coordinator'), await hashPassword(TEST_PASSWORD)],
    );
    await client.end();
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'log',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `lcm-test-${process.env.LCM_TEST_RUN_ID}-${randomBytes(3).toString('hex')}`,
      DATABASE_POOL_SIZE: '3',
      AUTO_MATCH: 'false',
      RATE_LIMIT_MAX: '100000',
      WORKER_HEALTH_PORT: '0',
    };
    [api, worker] = await Promise.all([
      processes.startApi('api', env),
      processes.startWorker('worker', env),
    ]);
    const login = await api.graphql<{ login: { accessToken: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: testEmail('coordinator'), password: TEST_PASSWORD } },
    );
    accessToken = login.body.data!.login.accessToken;
  }, 120_000);

  afterAll(async () => {
    await processes.stopAll();
    await database?.drop();
  }, 60_000);

  const explained = (body: () => Promise<void>) => processes.explain(body);

  it('a request is logged with the id from its x-request-id header, and no credentials', () =>
    explained(async () => {
      const requestId = `logs-request-${randomBytes(4).toString('hex')}`;
      const response = await api.graphql(`{ me { email } }`, undefined, {
        headers: { 'x-request-id': requestId, authorization: `Bearer ${accessToken}` },
      });
      expect(response.status).toBe(200);

      const lines = await poll(
        'the request to be logged as completed',
        () => {
          const mine = logLines(api.process).filter((line) => line.requestId === requestId);
          return mine.some((line) => line.msg === 'request completed') && mine;
        },
        { timeoutMs: 5_000 },
      );
      expect(lines).toEqual([
        expect.objectContaining({
          level: 'info',
          app: 'api',
          msg: 'incoming request',
          req: expect.objectContaining({ method: 'POST', url: '/graphql' }),
        }),
        expect.objectContaining({
          level: 'info',
          msg: 'request completed',
          res: { statusCode: 200 },
          responseTime: expect.any(Number),
        }),
      ]);
      // Neither the token of that request nor the password of the login is anywhere.
      expect(api.process.text()).not.toContain(accessToken);
      expect(api.process.text()).not.toContain(accessToken.split('.')[2]);
      expect(api.process.text()).not.toContain(TEST_PASSWORD);
    }));

  it('a request without a usable x-request-id gets one id, logged and sent back', () =>
    explained(async () => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'not a sane id' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      const requestId = response.headers.get('x-request-id')!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      await poll(
        'the request to be logged under the id it was sent back with',
        () =>
          logLines(api.process).some(
            (line) => line.requestId === requestId && line.msg === 'request completed',
          ),
        { timeoutMs: 5_000 },
      );
    }));

  it('health probes are not logged', () =>
    explained(async () => {
      const requestId = `logs-probe-${randomBytes(4).toString('hex')}`;
      const probe = await fetch(api.url.replace('/graphql', '/health/live'), {
        headers: { 'x-request-id': requestId },
      });
      expect(probe.status).toBe(200);
      // A request after it, logged: once its line is there, the probe's would be too.
      const after = `${requestId}-after`;
      await api.graphql('{ __typename }', undefined, { headers: { 'x-request-id': after } });
      await poll(
        'the request after the probe to be logged',
        () => logLines(api.process).some((line) => line.requestId === after),
        { timeoutMs: 5_000 },
      );
      expect(logLines(api.process).filter((line) => line.requestId === requestId)).toEqual([]);
    }));

  it("a run started with x-request-id X is logged by the worker with requestId X on each of its job's lines", () =>
    explained(async () => {
      const requestId = `logs-run-${randomBytes(4).toString('hex')}`;
      const started = await api.graphql<{ startMatchRun: { id: string } }>(
        `mutation { startMatchRun { id } }`,
        undefined,
        { headers: { 'x-request-id': requestId, authorization: `Bearer ${accessToken}` } },
      );
      const runId = started.body.data!.startMatchRun.id;

      // The job's last line: waiting for an earlier one raced the lines written right after it.
      await worker.waitForOutput(new RegExp(`Match run ${runId}: succeeded`), 30_000);
      const jobLines = logLines(worker).filter(
        (line) => typeof line.msg === 'string' && line.msg.includes(runId),
      );
      expect(jobLines.map((line) => line.msg)).toEqual([
        `Match run ${runId}: attempt 1 started`,
        expect.stringMatching(new RegExp(`^Match run ${runId}: \\d+ proposals`)),
        expect.stringMatching(new RegExp(`^Match run ${runId}: succeeded`)),
      ]);
      for (const line of jobLines) {
        expect(line).toMatchObject({
          app: 'worker',
          level: 'info',
          requestId,
          runId,
          jobId: runId,
        });
      }
      // Lines outside any job carry no request id.
      const ready = logLines(worker).find((line) => line.msg.startsWith('Worker consuming'));
      expect(ready).toBeDefined();
      expect(ready).not.toHaveProperty('requestId');
      // The API's lines for that request carry the same id.
      expect(
        logLines(api.process).filter((line) => line.requestId === requestId).length,
      ).toBeGreaterThan(0);
      expect(worker.text()).not.toContain(accessToken);
    }));
});
