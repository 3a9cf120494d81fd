/**
 * How long the matchDiagnostics query takes over HTTP on a realistic database: 10,000 gaps ×
 * 2,000 offers generated as in the engine benchmark (or the demo data), one match run over
 * everything, then matchDiagnostics asked for a sample of gaps and of offers, one at a time, as a
 * coordinator. The API and the worker run as separate processes (as npm start runs them) on the
 * local PostgreSQL and Redis, in a throwaway database.
 *
 *   npm run bench:diagnostics-latency [-- --samples 40]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createDataSourceOptions } from '@app/persistence';

import { generateInstance } from '../../libs/matching/bench/generate-instance';
import { loadInstance } from './load-instance';

const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const samples = Number(process.argv[process.argv.indexOf('--samples') + 1]) || 40;
const TS_NODE = [process.execPath, '-r', '@swc-node/register'] as const;

let token = '';

function cli(env: NodeJS.ProcessEnv, ...args: string[]): void {
  const result = spawnSync(TS_NODE[0], [...TS_NODE.slice(1), 'apps/cli/src/main.ts', ...args], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
}

function startProcess(entry: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(TS_NODE[0], [...TS_NODE.slice(1), entry], { env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}):\n${output}`)));
  });
}

async function graphql<T>(url: string, query: string, variables?: object): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function signIn(url: string, email: string, password: string): Promise<void> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    url,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  token = login.accessToken;
}

const GAP_DIAGNOSIS = `query ($id: ID) { matchDiagnostics(gapId: $id) {
  status consistent summary
  gap { demand allocated unmet offers { offerId outcome rule score scoreNeeded capacityMissing explanation
    competition { gapId quantity score } scoreChanges { criterion score } } } } }`;
const OFFER_DIAGNOSIS = `query ($id: ID) { matchDiagnostics(offerId: $id) {
  status consistent summary
  offer { allocated unused allocations { gapId quantity score } notCandidates { rule gaps }
    nearMisses { gapId rule demand explanation change { addLanguage addEligible availableFrom availableTo } } } } }`;

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const database = `lcm_bench_diagnostics_${randomBytes(3).toString('hex')}`;
  const port = 3500 + Math.floor(Math.random() * 400);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    DATABASE_URL: `${SERVER}/${database}`,
    REDIS_URL,
    QUEUE_PREFIX: `lcm-bench-${database}`,
    PORT: String(port),
    AUTO_MATCH: 'false',
    RATE_LIMIT_MAX: '1000000',
  };
  const processes: ChildProcess[] = [];
  try {
    process.stdout.write('setting up 10,000 gaps × 2,000 offers… ');
    cli(env, 'setup');
    const dataSource = new DataSource(
      createDataSourceOptions({ url: env.DATABASE_URL!, poolSize: 2 }),
    );
    await dataSource.initialize();
    await loadInstance(dataSource, generateInstance(10_000, 2_000, 42));
    const password = randomBytes(18).toString('base64url');
    cli({ ...env, LCM_ADMIN_PASSWORD: password }, 'create-admin', 'admin@bench.local');
    processes.push(
      ...(await Promise.all([
        startProcess('apps/worker/src/main.ts', { ...env, LOG_LEVEL: 'log' }, /Worker consuming/),
        startProcess('apps/api/src/main.ts', { ...env, LOG_LEVEL: 'log' }, /GraphQL API ready/),
      ])),
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    await signIn(url, 'admin@bench.local', password);
    await graphql(url, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'coordinator@bench.local', password, role: 'COORDINATOR' },
    });
    await signIn(url, 'coordinator@bench.local', password);
    process.stdout.write('running a match run… ');
    const { startMatchRun } = await graphql<{ startMatchRun: { id: string } }>(
      url,
      'mutation { startMatchRun { id } }',
    );
    const deadline = Date.now() + 300_000;
    for (;;) {
      const { matchRun } = await graphql<{ matchRun: { status: string } }>(
        url,
        'query ($id: ID!) { matchRun(id: $id) { status } }',
        { id: startMatchRun.id },
      );
      if (matchRun.status === 'SUCCEEDED') break;
      if (matchRun.status === 'FAILED' || Date.now() > deadline)
        throw new Error(`run ${matchRun.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log('measuring.');
    // Half the sampled gaps with unmet demand (the question is asked about those), half served.
    const unmet = await dataSource.query<{ id: string }[]>(
      `SELECT g.id FROM capability_gaps g
        WHERE NOT EXISTS (SELECT 1 FROM proposals p WHERE p.gap_id = g.id)
        ORDER BY md5(g.id::text) LIMIT $1`,
      [Math.ceil(samples / 2)],
    );
    const served = await dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT p.gap_id AS id, md5(p.gap_id::text) FROM proposals p ORDER BY 2 LIMIT $1`,
      [Math.floor(samples / 2)],
    );
    const offers = await dataSource.query<{ id: string }[]>(
      'SELECT id FROM offers ORDER BY md5(id::text) LIMIT $1',
      [samples],
    );
    await dataSource.destroy();
    // One warm-up request of each kind (first-use compilation), not counted.
    await graphql(url, GAP_DIAGNOSIS, { id: unmet[0].id });
    await graphql(url, OFFER_DIAGNOSIS, { id: offers[0].id });
    const gapTimes: number[] = [];
    let outbid = 0;
    for (const { id } of [...unmet, ...served]) {
      const started = performance.now();
      const { matchDiagnostics } = await graphql<{
        matchDiagnostics: { consistent: boolean; gap: { offers: { outcome: string }[] } };
      }>(url, GAP_DIAGNOSIS, { id });
      gapTimes.push(performance.now() - started);
      if (!matchDiagnostics.consistent) throw new Error(`gap ${id}: not consistent`);
      outbid += matchDiagnostics.gap.offers.filter((v) => v.outcome === 'OUTBID').length;
    }
    const offerTimes: number[] = [];
    for (const { id } of offers) {
      const started = performance.now();
      await graphql(url, OFFER_DIAGNOSIS, { id });
      offerTimes.push(performance.now() - started);
    }
    console.log(
      `10,000 gaps × 2,000 offers, after one run; ${gapTimes.length} gaps (${unmet.length} with nothing proposed; ${outbid} OUTBID verdicts), ${offerTimes.length} offers, one request at a time:`,
    );
    console.log(`  matchDiagnostics(gapId):   ${stats(gapTimes)}`);
    console.log(`  matchDiagnostics(offerId): ${stats(offerTimes)}`);
  } finally {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(
      processes.map((child) =>
        child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)),
      ),
    );
    const admin = new DataSource({ type: 'postgres', url: `${SERVER}/postgres` });
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
