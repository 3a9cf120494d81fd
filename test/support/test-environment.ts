// Apart from test-api.ts, so that a service test does not load the whole API to get its database.
import { randomBytes } from 'node:crypto';

import { createTestDatabase, type TestDatabase } from './test-database';

/** Test environment of one test file: its own database and queue prefix. */
export async function prepareEnvironment(overrides: Record<string, string> = {}): Promise<{
  database: TestDatabase;
  queuePrefix: string;
}> {
  const database = await createTestDatabase();
  const queuePrefix = `lcm-test-${process.env.LCM_TEST_RUN_ID}-${randomBytes(3).toString('hex')}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    DATABASE_POOL_SIZE: '5',
    // Automatic runs would race the runs a test starts itself; the files about them turn them on.
    AUTO_MATCH: 'false',
    // Workers started by tests (in-process or child processes) serve health on a free port.
    WORKER_HEALTH_PORT: '0',
    // Tests count SQL statements per request; test/response-cache.e2e-spec.ts turns it on.
    RESPONSE_CACHE_MAX_BYTES: '0',
    ...overrides,
  });
  return { database, queuePrefix };
}
