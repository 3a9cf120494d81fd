/**
 * How long from a createOffer mutation to its proposals being queryable, with automatic runs
 * (MATCH_DEBOUNCE_MS=0, so the debounce is excluded), the API and the worker as separate
 * processes on the local PostgreSQL and Redis. Two data sets: the demo data, and 10,000 gaps ×
 * 2,000 offers generated like the engine benchmark's. Each in its own throwaway database. Also
 * times the what-if query on the same data.
 *
 *   npm run bench:offer-latency [-- --samples 5]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createDataSourceOptions } from '@app/persistence';

import { generateInstance } from '../../libs/matching/bench/generate-instance';
import { loadInstance } from './load-instance';

const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const samples = Number(process.argv[process.argv.indexOf('--samples') + 1]) || 5;
const TS_NODE = [process.execPath, '-r', '@swc-node/register'] as const;

interface Service {
  env: NodeJS.ProcessEnv;
  url: string;
  processes: ChildProcess[];
}

function cli(env: NodeJS.ProcessEnv, ...args: string[]): void {
  const result = spawnSync(TS_NODE[0], [...TS_NODE.slice(1), 'apps/cli/src/main.ts', ...args], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
}

/** The coordinator's access token every request of the benchmark sends. */
let token = '';

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

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const LATEST_RUN = `{ matchRuns(first: 1) { edges { node { id status stats { durationMs loadMs matchMs writeMs gaps offers proposals } } } } }`;
type LatestRun = {
  matchRuns: {
    edges: { node: { id: string; status: string; stats: Record<string, number> | null } }[];
  };
};

async function latestRun(url: string) {
  return (await graphql<LatestRun>(url, LATEST_RUN)).matchRuns.edges[0]?.node;
}

async function prepare(
  name: string,
  load: (env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<Service> {
  const database = `lcm_bench_${name}_${randomBytes(3).toString('hex')}`;
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
    // The probes poll every 10 ms: the API rate limit must not be what is measured.
    RATE_LIMIT_MAX: '1000000',
  };
  cli(env, 'setup');
  await load(env);
  const password = randomBytes(18).toString('base64url');
  cli({ ...env, LCM_ADMIN_PASSWORD: password }, 'create-admin', 'admin@bench.local');
  const serviceEnv = { ...env, AUTO_MATCH: 'true', MATCH_DEBOUNCE_MS: '0' };
  const processes = await Promise.all([
    startProcess(
      'apps/worker/src/main.ts',
      { ...serviceEnv, LOG_LEVEL: 'log' },
      /Worker consuming/,
    ),
    startProcess('apps/api/src/main.ts', { ...serviceEnv, LOG_LEVEL: 'log' }, /GraphQL API ready/),
  ]);
  const url = `http://127.0.0.1:${port}/graphql`;
  await signIn(url, 'admin@bench.local', password);
  await graphql(
    url,
    `
      mutation ($input: CreateUserInput!) {
        createUser(input: $input) {
          id
        }
      }
    `,
    {
      input: { email: 'coordinator@bench.local', password, role: 'COORDINATOR' },
    },
  );
  await signIn(url, 'coordinator@bench.local', password);
  // Steady state first: a run over everything, as after the last change.
  const { startMatchRun } = await graphql<{ startMatchRun: { id: string } }>(
    url,
    'mutation { startMatchRun { id } }',
  );
  await until(async () => {
    const run = await latestRun(url);
    return run?.id === startMatchRun.id && run.status === 'SUCCEEDED' ? run : undefined;
  });
  return { env, url, processes };
}

async function signIn(url: string, email: string, password: string): Promise<void> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    url,
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          accessToken
        }
      }
    `,
    { input: { email, password } },
  );
  token = login.accessToken;
}

const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`;
const PROPOSALS_OF = `query($offer: ID!) { proposals(first: 1, filter: { offer: [$offer], status: [PROPOSED] }) { totalCount } }`;
const DONORS = ['JPN', 'KOR', 'NLD', 'NOR', 'SWE', 'IRL', 'CHE', 'AUS', 'BEL', 'ITA'];

/** A category with unmet demand now (a pledge that can help), found with the what-if query. */
async function unmetCategory(url: string): Promise<string> {
  const { whatIf } = await graphql<{ whatIf: { unmet: { gapId: string }[] } }>(
    url,
    '{ whatIf { unmet { gapId } } }',
  );
  if (whatIf.unmet.length === 0) throw new Error('no unmet demand: a new offer would get nothing');
  const { gap } = await graphql<{ gap: { category: string } }>(
    url,
    'query($id: ID!) { gap(id: $id) { category } }',
    { id: whatIf.unmet[0].gapId },
  );
  return gap.category;
}

async function measure(service: Service, label: string): Promise<string> {
  const latencies: number[] = [];
  const runs: Record<string, number>[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    // Each probe takes up demand: look for unmet demand again before each one (not timed).
    const category = await unmetCategory(service.url);
    const input = {
      donor: DONORS[sample % DONORS.length],
      category,
      capabilities: [],
      title: `Latency probe ${sample}`,
      capacity: 25,
      unit: 'TRAINEES',
      languages: ['en', 'fr', 'ar', 'es', 'pt', 'ru'],
      eligible: [],
      availableFrom: '2026-01-01',
      availableTo: '2029-12-31',
      open: true,
    };
    const started = performance.now();
    const { createOffer } = await graphql<{ createOffer: { id: string } }>(
      service.url,
      CREATE_OFFER,
      { input },
    );
    await until(async () => {
      const { proposals } = await graphql<{ proposals: { totalCount: number } }>(
        service.url,
        PROPOSALS_OF,
        { offer: createOffer.id },
      );
      return proposals.totalCount > 0 ? true : undefined;
    }, 60_000).catch(async (error: Error) => {
      throw new Error(
        `${error.message}; latest run: ${JSON.stringify(await latestRun(service.url))}`,
      );
    });
    latencies.push(performance.now() - started);
    const run = await latestRun(service.url);
    runs.push(run!.stats!);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  // The what-if query on the same data (the engine in the API process, nothing written).
  const whatIfTimes: number[] = [];
  for (let sample = 0; sample < 3; sample += 1) {
    const whatIfStarted = performance.now();
    await graphql(service.url, '{ whatIf { objective covered demand } }');
    whatIfTimes.push(performance.now() - whatIfStarted);
  }
  const whatIfMedian = [...whatIfTimes].sort((a, b) => a - b)[1];
  const run = [...runs].sort((a, b) => a.durationMs - b.durationMs)[Math.floor(runs.length / 2)];
  return `| ${label} | ${run.gaps} × ${run.offers} | ${run.proposals} | ${samples} | ${Math.round(median)} | ${Math.round(sorted[0])} | ${Math.round(sorted[sorted.length - 1])} | ${run.durationMs} (${run.loadMs} / ${run.matchMs} / ${run.writeMs}) | ${Math.round(whatIfMedian)} |`;
}

async function stop(service: Service): Promise<void> {
  for (const child of service.processes) child.kill('SIGTERM');
  await Promise.all(
    service.processes.map((child) =>
      child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)),
    ),
  );
  const admin = new DataSource({ type: 'postgres', url: `${SERVER}/postgres` });
  await admin.initialize();
  await admin.query(
    `DROP DATABASE IF EXISTS "${new URL(service.env.DATABASE_URL!).pathname.slice(1)}" WITH (FORCE)`,
  );
  await admin.destroy();
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const scenarios: [string, string, (env: NodeJS.ProcessEnv) => Promise<void>][] = [
    ['demo', 'demo data', async (env) => cli(env, 'seed-demo')],
    [
      'large',
      '10,000 × 2,000 generated',
      async (env) => {
        const dataSource = new DataSource(
          createDataSourceOptions({ url: env.DATABASE_URL!, poolSize: 2 }),
        );
        await dataSource.initialize();
        await loadInstance(dataSource, generateInstance(10_000, 2_000, 42));
        await dataSource.destroy();
      },
    ],
  ];
  for (const [name, label, load] of scenarios) {
    process.stdout.write(`${label}: preparing… `);
    const service = await prepare(name, load);
    try {
      process.stdout.write('measuring…\n');
      rows.push(await measure(service, label));
    } finally {
      await stop(service);
    }
  }
  console.log(
    [
      '',
      '| data | gaps × offers matched | proposals | samples | createOffer → proposals, median (ms) | min (ms) | max (ms) | median run (ms): total (load / match / write) | whatIf, median of 3 (ms) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
      ...rows,
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
