import { dropRunDatabases } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.LCM_TEST_RUN_ID;
  if (runId) await dropRunDatabases(runId);
}
