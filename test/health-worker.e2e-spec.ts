import { type NestFastifyApplication } from '@nestjs/platform-fastify';

import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { MatchingProcessor } from '@app/match-runs';
import { poll, ProcessGroup } from './support/processes';
import { startTestApi, type TestApi } from './support/test-api';

interface HealthAnswer {
  status: number;
  body: {
    status: string;
    info?: Record<string, { status: string; message?: string }>;
    error?: Record<string, { status: string; message?: string }>;
  };
}

async function probe(baseUrl: string, which: 'live' | 'ready'): Promise<HealthAnswer> {
  const response = await fetch(`${baseUrl}/health/${which}`, {
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
}

/** The API sets the test's database and queue prefix in process.env, which the worker reads. */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

describe('worker health, in this process', () => {
  let worker: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    worker = await createWorkerApp({ logger: ['error'] });
    await worker.listen(0, '127.0.0.1');
    url = (await worker.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await worker?.close();
  });

  it('ready: 200 while consuming, with PostgreSQL, Redis, migrations and the queue up', async () => {
    const ready = await probe(url, 'ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      error: {},
      info: {
        postgres: { status: 'up' },
        redis: { status: 'up' },
        migrations: { status: 'up' },
        queue: { status: 'up', queue: 'matching' },
      },
    });
  });

  it('ready: 503 naming the queue while the worker is paused, 200 once resumed', async () => {
    const consumer = worker.get(MatchingProcessor).worker;
    await consumer.pause();
    const paused = await probe(url, 'ready');
    expect(paused.status).toBe(503);
    expect(paused.body.error).toEqual({
      queue: expect.objectContaining({
        status: 'down',
        message: 'worker of queue matching is paused',
      }),
    });
    expect((await probe(url, 'live')).status).toBe(200);

    consumer.resume();
    await poll('ready again', async () => (await probe(url, 'ready')).status === 200, {
      timeoutMs: 5_000,
    });
  });

  it('ready: 503 once the worker is closed (as on SIGTERM); live stays 200', async () => {
    await worker.get(MatchingProcessor).worker.close();
    const closed = await probe(url, 'ready');
    expect(closed.status).toBe(503);
    expect(Object.keys(closed.body.error!)).toEqual(['queue']);
    expect(closed.body.error!.queue.message).toBe('worker of queue matching is closing');
    expect((await probe(url, 'live')).status).toBe(200);
  });
});

describe('worker health, as `npm run start:worker` runs it', () => {
  const processes = new ProcessGroup();

  afterAll(() => processes.stopAll());

  it('prints where its health server is, answers ready, and still stops with 0 on SIGTERM', async () => {
    const worker = await processes.startWorker('worker', { WORKER_HEALTH_PORT: '0' });
    const printed =
      /Worker consuming the matching queue .*; health at (http:\/\/localhost:\d+)\/health\/ready/.exec(
        worker.text(),
      );
    expect(printed).not.toBeNull();
    const url = printed![1].replace('localhost', '127.0.0.1');
    const ready = await probe(url, 'ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info!.queue).toMatchObject({ status: 'up' });
    expect((await probe(url, 'live')).status).toBe(200);
    expect(await worker.stop()).toEqual({ code: 0, signal: null });
  }, 90_000);
});
