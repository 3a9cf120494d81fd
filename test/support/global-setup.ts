import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { databaseUrl, templateName } from './test-database';

/**
 * Once per e2e run: a run id (for database names and queue prefixes) and a template database,
 * built by the real CLI (`setup`: create, migrate, load reference data) exactly as a user would.
 */
export default async function globalSetup(): Promise<void> {
  // The service and e2e projects share one run (jest calls each project's setup in this process).
  if (process.env.LCM_TEST_RUN_ID) return;
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  process.env.LCM_TEST_RUN_ID = runId;
  const root = join(__dirname, '..', '..');
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', join(root, 'apps', 'cli', 'src', 'main.ts'), 'setup'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(templateName(runId)),
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
