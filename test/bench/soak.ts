/**
 * Soak test (issue 15): minutes of mixed traffic at a fixed rate against the API and the worker,
 * on loopback only, and whether they hold.
 *
 *   npm run soak [-- --minutes 10 --rate 100 --keep-db]
 *
 * 1. A fresh database `lcm_soak` (SOAK_DATABASE_SERVER, default the local PostgreSQL), set up by
 *    `cli setup`, with 200 open gaps and 60 open offers (bulk SQL) and one user per role.
 * 2. The API (NODE_ENV=production) and the worker as child processes, as `npm run start:*` runs
 *    them, listening on 127.0.0.1; automatic runs off (the soak starts one every minute).
 * 3. Open-loop traffic at `--rate` requests/s (a request is sent every 1/rate s whatever the
 *    answers): 55 % reads (pages of gaps, offers and proposals, a gap by id, the coverage report),
 *    25 % writes (createGap, updateGap, createOffer), 10 % acceptances of proposed matches (by the
 *    donor or the T/PCC, CONFLICT when another answer came first), 10 % refused input (control
 *    characters, bad ids, forged cursors); a match run every minute and an import of 20 gaps once.
 * 4. Every 5 s: the API's heap and resident memory (its /metrics), the worker's resident memory
 *    (/proc), and the database's connections (pg_stat_activity).
 * 5. A line per minute (requests, p50, p99, heap, connections), then PASS/FAIL: no 5xx, no
 *    INTERNAL_SERVER_ERROR, the API's heap, the worker's memory and the database connections
 *    growing under 10 % from minute 2 to the last.
 *    Exit code 1 on FAIL.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Client } from 'pg';

import { hashPassword } from '@app/auth';
import { encodeCursor } from '@app/common';

import { loadOpenGapsAndOffers } from '../support/generated-data';
import { type ApiProcess, ProcessGroup } from '../support/processes';

const ROOT = join(__dirname, '..', '..');
const SERVER = process.env.SOAK_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const DATABASE = 'lcm_soak';
const DATABASE_URL = `${SERVER}/${DATABASE}`;
const PASSWORD = `soak-${randomBytes(8).toString('hex')}`;
const METRICS_TOKEN = randomBytes(16).toString('hex');
const GROWTH_LIMIT = 0.1;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
const MINUTES = Number(option('minutes', '10'));
const RATE = Number(option('rate', '100'));
const KEEP_DB = process.argv.includes('--keep-db');

const log = (line: string) => process.stdout.write(`${line}\n`);

type Role = 'coordinator' | 'donor' | 'tpcc' | 'analyst';
const USERS: Record<Role, { role: string; state: string | null }> = {
  coordinator: { role: 'COORDINATOR', state: null },
  donor: { role: 'DONOR', state: 'USA' },
  tpcc: { role: 'TPCC', state: 'RWA' },
  analyst: { role: 'ANALYST', state: null },
};
const emailOf = (role: Role) => `${role}@soak.local`;

async function onServer(database: string, sql: string, values: unknown[] = []) {
  const client = new Client({ connectionString: `${SERVER}/${database}` });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<void> {
  await onServer('postgres', `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  const setup = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'setup'],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
  );
  if (setup.status !== 0) throw new Error(`cli setup failed:\n${setup.stderr}`);
  // Gaps of RWA among them: the T/PCC user answers for those.
  await loadOpenGapsAndOffers(DATABASE_URL, 200, 60);
  await onServer(
    DATABASE,
    `UPDATE capability_gaps SET member_state_iso3 = 'RWA' WHERE title LIKE '%0' OR title LIKE '%5'`,
  );
  await onServer(
    DATABASE,
    `UPDATE offers SET donor_iso3 = 'USA' WHERE title LIKE '%0' OR title LIKE '%5'`,
  );
  const hash = await hashPassword(PASSWORD);
  for (const [name, user] of Object.entries(USERS)) {
    await onServer(
      DATABASE,
      'INSERT INTO users (email, password_hash, role, member_state_iso3) VALUES ($1, $2, $3, $4)',
      [emailOf(name as Role), hash, user.role, user.state],
    );
  }
}

interface Sample {
  at: number;
  status: number;
  ms: number;
  internal: boolean;
  kind: string;
}

interface Gauge {
  at: number;
  apiHeap: number;
  apiRss: number;
  workerRss: number;
  connections: number;
}

class Client_ {
  tokens = {} as Record<Role, string>;
  constructor(readonly api: ApiProcess) {}

  async signInAll(): Promise<void> {
    for (const role of Object.keys(USERS) as Role[]) {
      const response = await this.send(
        'coordinator',
        LOGIN,
        {
          input: { email: emailOf(role), password: PASSWORD },
        },
        false,
      );
      const token = (response.body.data?.login as { accessToken?: string } | undefined)
        ?.accessToken;
      if (!token) throw new Error(`login of ${role} failed: ${JSON.stringify(response.body)}`);
      this.tokens[role] = token;
    }
  }

  async send(
    role: Role,
    query: string,
    variables?: Record<string, unknown>,
    authenticated = true,
  ): Promise<{
    status: number;
    body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  }> {
    const response = await fetch(this.api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authenticated ? { authorization: `Bearer ${this.tokens[role]}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: (await response.json()) as never };
  }
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const GAPS = `query($after: String) { gaps(first: 20, after: $after) { totalCount edges { cursor node { id title memberState { name } } } } }`;
const OFFERS = '{ offers(first: 20) { edges { node { id title donor { name } } } } }';
const PROPOSALS = `query($run: [ID!]) { proposals(first: 50, filter: { run: $run, status: [PROPOSED] }) {
  edges { node { id gap { memberStateIso3 } offer { donorIso3 } } } } }`;
const GAP = 'query($id: ID!) { gap(id: $id) { id title status } }';
const COVERAGE = '{ coverageReport(by: CATEGORY) { totals { gaps demand proposed unmet } } }';
const CREATE_GAP = 'mutation($input: CreateGapInput!) { createGap(input: $input) { id } }';
const UPDATE_GAP = 'mutation($input: UpdateGapInput!) { updateGap(input: $input) { id } }';
const CREATE_OFFER = 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptProposal(input: { id: $id }) { id status } }';
const START_RUN = 'mutation { startMatchRun { id } }';
const IMPORT =
  'mutation($file: Upload!) { importGaps(file: $file) { imported errors { reason } } }';

const gapInput = (title: string) => ({
  memberState: 'RWA',
  mission: 'MINUSCA',
  category: 'MEDICAL',
  capability: 'CASEVAC',
  title,
  quantity: 5,
  unit: 'TRAINEES',
  priority: 'HIGH',
  languages: ['fr', 'en'],
  neededFrom: '2027-01-15',
  neededBy: '2027-06-30',
});
const offerInput = (title: string) => ({
  donor: 'USA',
  category: 'MEDICAL',
  capabilities: ['CASEVAC'],
  title,
  capacity: 30,
  unit: 'TRAINEES',
  languages: ['en'],
  availableFrom: '2027-01-01',
  availableTo: '2027-12-31',
});

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function metricOf(url: string, name: string, token?: string): Promise<number> {
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(5_000),
  });
  const text = await response.text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

/** A process's resident memory, from /proc (Linux), in bytes; NaN elsewhere. */
async function residentBytes(pid: number | undefined): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  log(`Soak: ${MINUTES} min at ${RATE} requests/s on 127.0.0.1; database ${DATABASE}`);
  await prepareDatabase();
  const group = new ProcessGroup();
  const env = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    METRICS_TOKEN,
    DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `lcm-soak-${randomBytes(3).toString('hex')}`,
    AUTO_MATCH: 'false',
    RATE_LIMIT_MAX: '0',
    ACCESS_TOKEN_TTL_SECONDS: String(Math.max(900, (MINUTES + 5) * 60)),
    WORKER_HEALTH_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  let exitCode: number;
  try {
    const [api, worker] = await Promise.all([
      group.startApi('api', env, 120_000),
      group.startWorker('worker', { ...env, LOG_LEVEL: 'log' }, 120_000),
    ]);
    const client = new Client_(api);
    await client.signInAll();
    const metricsUrl = api.url.replace(/\/graphql$/, '/metrics');

    const samples: Sample[] = [];
    const gauges: Gauge[] = [];
    const gapIds: string[] = [];
    let cursors: string[] = [];
    let proposals: { id: string; side: Role }[] = [];
    let latestRun: string | undefined;
    const start = Date.now();
    const end = start + MINUTES * 60_000;

    const record = async (kind: string, request: () => ReturnType<Client_['send']>) => {
      const sent = Date.now();
      try {
        const response = await request();
        const internal = (response.body.errors ?? []).some(
          (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        samples.push({
          at: sent - start,
          status: response.status,
          ms: Date.now() - sent,
          internal,
          kind,
        });
        return response;
      } catch (error) {
        samples.push({
          at: sent - start,
          status: 599,
          ms: Date.now() - sent,
          internal: false,
          kind,
        });
        log(`  ${kind}: ${(error as Error).message}`);
        return undefined;
      }
    };

    const requests: Record<string, () => Promise<unknown>> = {
      gaps: async () => {
        const after =
          cursors.length > 0 && Math.random() < 0.5
            ? cursors[Math.floor(Math.random() * cursors.length)]
            : undefined;
        const response = await record('read', () => client.send('analyst', GAPS, { after }));
        const edges =
          (response?.body.data?.gaps as { edges?: { cursor: string; node: { id: string } }[] })
            ?.edges ?? [];
        if (edges.length > 0) {
          cursors = [...cursors.slice(-50), edges.at(-1)!.cursor];
          gapIds.push(...edges.slice(0, 2).map((edge) => edge.node.id));
          if (gapIds.length > 500) gapIds.splice(0, gapIds.length - 500);
        }
      },
      offers: () => record('read', () => client.send('donor', OFFERS)),
      proposals: () =>
        record('read', () =>
          client.send('coordinator', PROPOSALS, { run: latestRun ? [latestRun] : null }),
        ),
      gap: () =>
        record('read', () =>
          client.send('coordinator', GAP, {
            id: gapIds[Math.floor(Math.random() * gapIds.length)] ?? randomUUID(),
          }),
        ),
      coverage: () => record('read', () => client.send('analyst', COVERAGE)),
      createGap: () =>
        record('write', () =>
          client.send('coordinator', CREATE_GAP, { input: gapInput(`Soak gap ${Date.now()}`) }),
        ),
      updateGap: () => {
        const id = gapIds[Math.floor(Math.random() * gapIds.length)];
        return id
          ? record('write', () =>
              client.send('coordinator', UPDATE_GAP, {
                input: { id, title: `Soak title ${Date.now()}` },
              }),
            )
          : requests.createGap();
      },
      createOffer: () =>
        record('write', () =>
          client.send('donor', CREATE_OFFER, { input: offerInput(`Soak offer ${Date.now()}`) }),
        ),
      accept: () => {
        const proposal = proposals.shift();
        return proposal
          ? record('accept', () => client.send(proposal.side, ACCEPT, { id: proposal.id }))
          : requests.proposals();
      },
      refused: () => {
        const cases: [string, Record<string, unknown>][] = [
          [CREATE_GAP, { input: gapInput('Bad\u0000title') }],
          [GAP, { id: "' OR 1=1 --" }],
          [
            GAPS,
            {
              after: encodeCursor({
                value: '2024-02-31T00:00:00Z',
                id: randomUUID(),
                sort: 'CREATED_AT:DESC',
              }),
            },
          ],
          [CREATE_GAP, { input: { ...gapInput('x'), quantity: 2.5 } }],
        ];
        const [query, variables] = cases[Math.floor(Math.random() * cases.length)];
        return record('refused', () => client.send('coordinator', query, variables));
      },
    };
    const mix: [string, number][] = [
      ['gaps', 20],
      ['offers', 10],
      ['proposals', 5],
      ['gap', 10],
      ['coverage', 10],
      ['createGap', 10],
      ['updateGap', 10],
      ['createOffer', 5],
      ['accept', 10],
      ['refused', 10],
    ];
    const weights = mix.reduce((sum, [, weight]) => sum + weight, 0);
    const pick = () => {
      let roll = Math.random() * weights;
      for (const [name, weight] of mix) {
        roll -= weight;
        if (roll < 0) return name;
      }
      return mix[0][0];
    };

    const refreshProposals = async () => {
      if (!latestRun) return;
      const response = await client.send('coordinator', PROPOSALS, { run: [latestRun] });
      const edges =
        (
          response.body.data?.proposals as
            | {
                edges: {
                  node: {
                    id: string;
                    gap: { memberStateIso3: string };
                    offer: { donorIso3: string };
                  };
                }[];
              }
            | undefined
        )?.edges ?? [];
      proposals = edges.flatMap(({ node }) => [
        ...(node.offer.donorIso3 === 'USA' ? [{ id: node.id, side: 'donor' as Role }] : []),
        ...(node.gap.memberStateIso3 === 'RWA' ? [{ id: node.id, side: 'tpcc' as Role }] : []),
      ]);
    };
    const startRun = async () => {
      const response = await record('run', () => client.send('coordinator', START_RUN));
      latestRun =
        (response?.body.data?.startMatchRun as { id?: string } | undefined)?.id ?? latestRun;
      setTimeout(() => void refreshProposals().catch(() => undefined), 15_000).unref();
    };
    const importOnce = async () => {
      const header =
        'externalRef,memberState,mission,category,capability,title,quantity,unit,priority,languages,neededFrom,neededBy,open';
      const rows = Array.from(
        { length: 20 },
        (_, index) =>
          `SOAK-${index},RWA,MINUSCA,MEDICAL,CASEVAC,Imported soak gap ${index},10,TRAINEES,HIGH,fr;en,2027-01-15,2027-06-30,true`,
      );
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob([[header, ...rows].join('\n')], { type: 'text/csv' }), 'soak.csv');
      await record('import', async () => {
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${client.tokens.coordinator}` },
          body: form,
        });
        return { status: response.status, body: (await response.json()) as never };
      });
    };

    const sampleGauges = async () => {
      const [apiHeap, apiRss, workerRss, rows] = await Promise.all([
        metricOf(metricsUrl, 'lcm_nodejs_heap_size_used_bytes', METRICS_TOKEN),
        metricOf(metricsUrl, 'lcm_process_resident_memory_bytes', METRICS_TOKEN),
        residentBytes(worker.pid),
        onServer('postgres', 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          DATABASE,
        ]),
      ]);
      gauges.push({
        at: Date.now() - start,
        apiHeap,
        apiRss,
        workerRss,
        connections: Number(rows[0].n),
      });
    };

    await startRun();
    const pending = new Set<Promise<unknown>>();
    const track = (promise: Promise<unknown>) => {
      pending.add(promise);
      void promise.finally(() => pending.delete(promise));
    };
    const gaugeTimer = setInterval(() => track(sampleGauges().catch(() => undefined)), 5_000);
    const runTimer = setInterval(() => track(startRun()), 60_000);
    setTimeout(() => track(importOnce()), 30_000);
    let sent = 0;
    let nextMinute = 1;
    while (Date.now() < end) {
      const due = start + (sent * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      track(requests[pick()]().catch(() => undefined));
      sent += 1;
      if (Date.now() - start >= nextMinute * 60_000) {
        const minute = samples.filter(
          (s) => s.at >= (nextMinute - 1) * 60_000 && s.at < nextMinute * 60_000,
        );
        log(
          `  minute ${nextMinute}: ${minute.length} requests, p99 ${percentile(
            minute.map((s) => s.ms),
            99,
          )} ms, in flight ${pending.size}`,
        );
        nextMinute += 1;
      }
    }
    clearInterval(gaugeTimer);
    clearInterval(runTimer);
    await Promise.all(pending);

    // The report.
    const minuteOf = (at: number) => Math.floor(at / 60_000) + 1;
    const mean = (values: number[]) =>
      values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    log(
      '\nminute  requests  req/s   p50 ms  p99 ms  5xx  internal  API heap MB  API RSS MB  worker RSS MB  DB connections',
    );
    const perMinute = [];
    for (let minute = 1; minute <= MINUTES; minute += 1) {
      const these = samples.filter((s) => minuteOf(s.at) === minute);
      const g = gauges.filter((gauge) => minuteOf(gauge.at) === minute);
      const row = {
        minute,
        requests: these.length,
        p50: percentile(
          these.map((s) => s.ms),
          50,
        ),
        p99: percentile(
          these.map((s) => s.ms),
          99,
        ),
        errors5xx: these.filter((s) => s.status >= 500).length,
        internal: these.filter((s) => s.internal).length,
        apiHeap: mean(g.map((x) => x.apiHeap)) / 2 ** 20,
        apiRss: mean(g.map((x) => x.apiRss)) / 2 ** 20,
        workerRss: mean(g.map((x) => x.workerRss)) / 2 ** 20,
        connections: mean(g.map((x) => x.connections)),
      };
      perMinute.push(row);
      log(
        `${String(minute).padStart(6)}  ${String(row.requests).padStart(8)}  ${(row.requests / 60).toFixed(1).padStart(5)}  ${String(row.p50).padStart(6)}  ${String(row.p99).padStart(6)}  ${String(row.errors5xx).padStart(3)}  ${String(row.internal).padStart(8)}  ${row.apiHeap.toFixed(1).padStart(11)}  ${row.apiRss.toFixed(1).padStart(10)}  ${row.workerRss.toFixed(1).padStart(14)}  ${row.connections.toFixed(1).padStart(14)}`,
      );
    }
    const all = samples.map((s) => s.ms);
    const by = (kind: string) => samples.filter((s) => s.kind === kind);
    const total5xx = samples.filter((s) => s.status >= 500).length;
    const totalInternal = samples.filter((s) => s.internal).length;
    const from = perMinute[Math.min(1, perMinute.length - 1)];
    const to = perMinute.at(-1)!;
    const growth = (a: number, b: number) => (b - a) / a;
    const checks: [string, boolean, string][] = [
      ['no 5xx', total5xx === 0, `${total5xx}`],
      ['no INTERNAL_SERVER_ERROR', totalInternal === 0, `${totalInternal}`],
      [
        'API heap growth < 10 %',
        growth(from.apiHeap, to.apiHeap) < GROWTH_LIMIT,
        `${(100 * growth(from.apiHeap, to.apiHeap)).toFixed(1)} % (${from.apiHeap.toFixed(1)} → ${to.apiHeap.toFixed(1)} MB)`,
      ],
      [
        'worker RSS growth < 10 %',
        !(growth(from.workerRss, to.workerRss) >= GROWTH_LIMIT),
        `${(100 * growth(from.workerRss, to.workerRss)).toFixed(1)} % (${from.workerRss.toFixed(1)} → ${to.workerRss.toFixed(1)} MB)`,
      ],
      [
        'DB connections growth < 10 %',
        growth(from.connections, to.connections) < GROWTH_LIMIT,
        `${from.connections.toFixed(1)} → ${to.connections.toFixed(1)}`,
      ],
    ];
    log(
      `\n${samples.length} requests in ${MINUTES} min (${(samples.length / (MINUTES * 60)).toFixed(1)}/s): p50 ${percentile(all, 50)} ms, p99 ${percentile(all, 99)} ms, max ${Math.max(...all)} ms`,
    );
    for (const kind of ['read', 'write', 'accept', 'refused', 'run', 'import']) {
      const these = by(kind);
      const statuses = [...new Set(these.map((s) => s.status))].sort().join('/');
      log(
        `  ${kind.padEnd(8)} ${String(these.length).padStart(6)} requests, p99 ${percentile(
          these.map((s) => s.ms),
          99,
        )} ms, statuses ${statuses}`,
      );
    }
    for (const [name, ok, value] of checks) log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
    exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await group.stopAll();
    if (!KEEP_DB) await onServer('postgres', `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
