import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { cli, ROOT, saveState, serverUrl, startApp, waitFor } from './stack';

/**
 * The stack the browser tests drive, as `npm start` runs it: a database of its own made by the
 * CLI (setup, then the demo data and users), the worker (automatic runs on), and the API serving
 * the built web app. Builds the web app first when dist/web is missing.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  const id = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const databaseName = `lcm_web_e2e_${id}`;
  const databaseUrl = serverUrl(databaseName);
  const queuePrefix = `lcm-web-e2e-${id}`;
  const port = process.env.LCM_WEB_PORT!;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    PORT: port,
    WORKER_HEALTH_PORT: '0',
    // Every test signs in from 127.0.0.1: neither limit is what these tests are about.
    RATE_LIMIT_MAX: '100000',
    MATCH_DEBOUNCE_MS: '1000',
    WEB_DIST_DIR: join(ROOT, 'dist', 'web'),
  };
  saveState({ databaseName, databaseUrl, queuePrefix, pids: [] });
  cli('setup', env);
  cli('seed-demo', env);
  const worker = startApp('worker', env);
  const api = startApp('api', env);
  saveState({ databaseName, databaseUrl, queuePrefix, pids: [worker.pid!, api.pid!] });
  await waitFor(`http://127.0.0.1:${port}/health/ready`, 60_000);
}
