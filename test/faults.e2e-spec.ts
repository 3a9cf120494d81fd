import { freePort, processEnvironment, ProcessGroup } from './support/processes';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('faults survived', () => {
  const processes = new ProcessGroup();
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await processes.stopAll();
    await database?.drop();
  });

  it(
    'an API that never reached Redis stops at once on SIGTERM',
    () =>
      processes.explain(async () => {
        const nowhere = await freePort();
        const api = await processes.startApi(
          'api-without-redis',
          processEnvironment(database, { REDIS_URL: `redis://127.0.0.1:${nowhere}` }),
        );
        const started = Date.now();
        api.process.child.kill('SIGTERM');
        const exit = await api.process.exited;
        const tookMs = Date.now() - started;
        expect({ exit, tookMs: tookMs < 5_000 }).toEqual({
          exit: { code: 0, signal: null },
          tookMs: true,
        });
      }),
    60_000,
  );
});
