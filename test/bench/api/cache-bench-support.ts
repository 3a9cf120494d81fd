/**
 * What bench:mixed and bench:writes share: their own database (`lcm_bench_cache`, so they never
 * meet bench:api's), seeded as bench:api seeds its own (seed.ts), an analyst and a coordinator,
 * the API as a child process, and an open-loop load generator: requests are sent on a fixed
 * schedule whatever the answers, and each latency is measured from the moment the request was
 * due (corrected for coordinated omission: a slow answer does not hide the ones queued behind it).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { hashPassword } from '@app/auth';

import { type ApiProcess, type ProcessGroup } from '../../support/processes';
import { quantile, sendOnSchedule } from './open-loop';
import { seedBenchData } from './seed';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE = 'lcm_bench_cache';
export const DATABASE_URL = `${SERVER}/${DATABASE}`;
export const ANALYST_EMAIL = 'analyst@bench.local';
export const COORDINATOR_EMAIL = 'coordinator@bench.local';
/** As bench:api. */
export const SIZES = { gaps: 10_000, offers: 2_000, proposals: 50_000, runs: 5 };

export function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
export const flag = (name: string) => process.argv.includes(`--${name}`);

/**
 * Exits on SIGINT and SIGTERM, so that the 'exit' handlers run: ProcessGroup kills the API
 * processes it started there (a signal alone would leave them running).
 */
export function exitOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  }
}

export function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

export async function onDatabase<T>(
  database: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: `${SERVER}/${database}` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh `lcm_bench_cache` (migrated, reference data, seed) unless `reuse` and it exists; the
 * two users get `password`.
 */
export async function prepareDatabase(password: string, reuse: boolean): Promise<void> {
  const exists = await onDatabase(
    'postgres',
    async (client) =>
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])).rowCount ===
      1,
  );
  if (!reuse || !exists) {
    await onDatabase('postgres', (client) =>
      client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`),
    );
    log(`Database ${DATABASE}: creating, migrating, loading reference data…`);
    const setup = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'setup'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
    );
    if (setup.status !== 0) throw new Error(`cli setup failed:\n${setup.stderr}`);
    const seeded = await seedBenchData(DATABASE_URL, SIZES);
    log(
      `  seeded in ${seeded.seconds.toFixed(1)} s: ${seeded.gaps} gaps, ${seeded.offers} offers, ${seeded.proposals} proposals, ${seeded.partnerships} partnerships`,
    );
  } else {
    log(`Database ${DATABASE}: reusing it (--reuse-db)`);
  }
  await assertWritesRecorded();
  const hash = await hashPassword(password);
  await onDatabase(DATABASE, async (client) => {
    for (const [email, role] of [
      [ANALYST_EMAIL, 'ANALYST'],
      [COORDINATOR_EMAIL, 'COORDINATOR'],
    ]) {
      await client.query(
        `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
        [email, hash, role],
      );
    }
  });
}

/**
 * Fails unless a write is recorded in table_writes as the migration's triggers record it: a
 * database left by an interrupted bench:writes (another trigger function, triggers disabled)
 * would make the `tables` scheme blind to writes, and every figure wrong.
 */
export async function assertWritesRecorded(): Promise<void> {
  await onDatabase(DATABASE, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query('DELETE FROM comments WHERE false');
      const { rows } = await client.query<{ recorded: number }>(
        `SELECT count(*)::int AS recorded FROM table_writes
         WHERE xid = pg_current_xact_id() AND table_name = 'comments'`,
      );
      if (rows[0].recorded !== 1) {
        throw new Error(
          `${DATABASE}: a write is not recorded in table_writes (triggers disabled or replaced by an interrupted run?): run without --reuse-db`,
        );
      }
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

export async function dropDatabase(): Promise<void> {
  await onDatabase('postgres', (client) =>
    client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`),
  );
}

/** The API as `npm run start:api` runs it (production), with `env` on top. */
export async function startApi(
  group: ProcessGroup,
  name: string,
  env: Record<string, string>,
): Promise<ApiProcess> {
  return group.startApi(
    name,
    {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_URL,
      REDIS_URL,
      QUEUE_PREFIX: `lcm-bench-cache-${randomBytes(3).toString('hex')}`,
      // Counted, not refused: the benchmarks send hundreds of requests/s from one address.
      RATE_LIMIT_MAX: '1000000',
      ...env,
    },
    120_000,
  );
}

/** A signed-in client's bearer token. */
export async function tokenOf(api: ApiProcess, email: string, password: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { accessToken: string } } };
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(body)}`);
  return token;
}

export interface Answer {
  ok: boolean;
  /** The x-response-cache header: hit, miss, or null (not looked at). */
  cache: string | null;
  /** The first error code, if any. */
  error?: string;
}

/** POSTs one GraphQL request; never throws (a failure is an answer that is not ok). */
export async function ask(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    const error = body.errors?.[0]?.extensions?.code ?? (body.errors ? 'ERROR' : undefined);
    return {
      ok: response.status === 200 && !body.errors && !!body.data,
      cache: response.headers.get('x-response-cache'),
      error: error ?? (response.status === 200 ? undefined : `HTTP ${response.status}`),
    };
  } catch (error) {
    return { ok: false, cache: null, error: (error as Error).name };
  }
}

export interface LoadFigures {
  requests: number;
  failed: number;
  hits: number;
  misses: number;
  p50: number;
  p99: number;
  max: number;
  errors: Record<string, number>;
}

/**
 * Sends `send()` `rate` times a second for `seconds`, on schedule (open loop); latencies from
 * each request's due time. `warmupSeconds` first, not measured.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  send: (index: number) => Promise<Answer>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let hits = 0;
  let misses = 0;
  let failed = 0;
  const pending = await sendOnSchedule(rate, seconds, (index, due) =>
    send(index).then((answer) => {
      latencies.push(performance.now() - due);
      if (answer.cache === 'hit') hits++;
      if (answer.cache === 'miss') misses++;
      if (!answer.ok) {
        failed++;
        const code = answer.error ?? 'NO_DATA';
        errors[code] = (errors[code] ?? 0) + 1;
      }
    }),
  );
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => quantile(latencies, q);
  return {
    requests: latencies.length,
    failed,
    hits,
    misses,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? 0,
    errors,
  };
}

export function machine(): { cores: number; node: string; load: number[] } {
  return {
    cores: cpus().length,
    node: process.version,
    load: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const pad = (text: string, width: number, right = false) =>
  right ? text.padStart(width) : text.padEnd(width);
