import { Client } from 'pg';
import { Redis } from 'ioredis';

import { loadState, serverUrl } from './stack';

/** Stops the API and worker the setup started, and drops their database and queue keys. */
export default async function globalTeardown(): Promise<void> {
  const state = loadState();
  if (!state) return;
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Stopped on SIGTERM.
    }
  }
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${state.databaseName}" WITH (FORCE)`);
  await client.end();
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`${state.queuePrefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}
