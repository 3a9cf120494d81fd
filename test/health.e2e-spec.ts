import { freePort, type ManagedProcess, poll, ProcessGroup } from './support/processes';
import { startTestApi, type TestApi } from './support/test-api';

interface HealthAnswer {
  status: number;
  cacheControl: string | null;
  body: {
    status: string;
    info?: Record<string, { status: string; message?: string }>;
    error?: Record<string, { status: string; message?: string }>;
    details?: Record<string, { status: string; message?: string }>;
  };
}

/** GET /health/<probe> of the app whose GraphQL endpoint (or base URL) is `url`. */
async function probe(url: string, which: 'live' | 'ready'): Promise<HealthAnswer> {
  const response = await fetch(`${url.replace(/\/graphql$/, '')}/health/${which}`, {
    signal: AbortSignal.timeout(10_000),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as HealthAnswer['body'],
  };
}

describe('API health', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('live: 200 without checking anything, anonymously and uncached', async () => {
    const live = await probe(api.url, 'live');
    expect(live).toEqual({
      status: 200,
      cacheControl: 'no-cache, no-store, must-revalidate',
      body: { status: 'ok', info: {}, error: {}, details: {} },
    });
  });

  it('ready: 200 with PostgreSQL, Redis and the migrations up', async () => {
    const ready = await probe(api.url, 'ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', error: {} });
    for (const check of ['postgres', 'redis', 'migrations'])
      expect(ready.body.info![check]).toMatchObject({ status: 'up' });
  });

  it('ready: 503 naming the migrations while one is pending; live stays 200', async () => {
    // As if this build brought a migration the database has not run yet.
    const [last] = await api.dataSource.query<{ id: number; timestamp: string; name: string }[]>(
      'SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    await api.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const ready = await probe(api.url, 'ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('error');
      expect(Object.keys(ready.body.error!)).toEqual(['migrations']);
      expect(ready.body.error!.migrations).toMatchObject({
        status: 'down',
        message: `1 pending migration(s): ${last.name}`,
      });
      expect(ready.body.info).toMatchObject({
        postgres: { status: 'up' },
        redis: { status: 'up' },
      });
      expect((await probe(api.url, 'live')).status).toBe(200);
    } finally {
      await api.dataSource.query(
        'INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)',
        [last.id, last.timestamp, last.name],
      );
    }
    expect((await probe(api.url, 'ready')).status).toBe(200);
  });

  describe('with Redis down', () => {
    const processes = new ProcessGroup();
    let port: number;
    let redis: ManagedProcess;
    let cutOff: TestApi;

    beforeAll(async () => {
      // An API on a Redis of its own, which the test can stop and start again.
      port = await freePort();
      redis = await processes.startRedis(port);
      cutOff = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${port}` });
    });

    afterAll(async () => {
      // Closed while its Redis is up: BullMQ's QueueEvents never finishes closing otherwise.
      await cutOff?.close();
      await processes.stopAll();
    });

    it('ready: 503 naming Redis at once while it is down, 200 once it is back; live stays 200', async () => {
      expect((await probe(cutOff.url, 'ready')).status).toBe(200);
      await redis.stop();

      const started = Date.now();
      const ready = await poll(
        'ready to fail',
        async () => {
          const answer = await probe(cutOff.url, 'ready');
          return answer.status !== 200 && answer;
        },
        { timeoutMs: 10_000 },
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(ready.status).toBe(503);
      expect(Object.keys(ready.body.error!)).toEqual(['redis']);
      expect(ready.body.error!.redis).toMatchObject({
        status: 'down',
        message: expect.stringMatching(/^Redis connection (connecting|reconnecting)$/),
      });
      expect(ready.body.info).toMatchObject({
        postgres: { status: 'up' },
        migrations: { status: 'up' },
      });
      expect((await probe(cutOff.url, 'live')).status).toBe(200);

      redis = await processes.startRedis(port);
      await poll('ready again', async () => (await probe(cutOff.url, 'ready')).status === 200, {
        timeoutMs: 15_000,
      });
    });
  });
});
