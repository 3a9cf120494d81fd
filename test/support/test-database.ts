// Imports nothing from the app: Jest's globalSetup and globalTeardown load it without path aliases.
import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** The server the tests use: TEST_DATABASE_URL's server, else the local one. */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function templateName(runId: string): string {
  return `lcm_e2e_${runId}_template`;
}

/** Drops every database of the run. */
export async function dropRunDatabases(runId: string): Promise<void> {
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`lcm_e2e_${runId}_%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the run's template (fast: no migrations). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = process.env.LCM_TEST_RUN_ID;
  if (!runId)
    throw new Error('LCM_TEST_RUN_ID is not set: run e2e tests through jest (globalSetup)');
  const name = `lcm_e2e_${runId}_${randomBytes(4).toString('hex')}`;
  await onServer((client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName(runId)}"`),
  );
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
