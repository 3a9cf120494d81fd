/**
 * How long from a change to the notification it causes: to the recipient's inbox (the
 * `notifications` query answers it) and to its e-mail accepted by an SMTP server (smtp-server,
 * started here), with the demo data, the API and the worker as separate processes on the local
 * PostgreSQL and Redis. The change: the demo donor accepts a proposal on the demo T/PCC's gap,
 * which notifies the T/PCC; the T/PCC then declines it, freeing the quantity for the next sample.
 *
 *   npm run bench:notification-latency [-- --samples 50]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { poll, ProcessGroup } from '../support/processes';
import { TestSmtpServer } from '../support/smtp-server';

const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const samples = Number(process.argv[process.argv.indexOf('--samples') + 1]) || 50;
const PASSWORD = 'demo-password-change-me';

function cli(env: NodeJS.ProcessEnv, ...args: string[]): void {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
    { env, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A client of the same API signed in as the demo T/PCC. */
async function asTpcc(url: string) {
  const call = async <T>(query: string, variables?: object, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as { data?: T; errors?: unknown } };
  };
  const login = await call<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: 'tpcc.bgd@demo.lcm.local', password: PASSWORD } },
  );
  const token = login.body.data!.login.accessToken;
  return { graphql: <T>(query: string, variables?: object) => call<T>(query, variables, token) };
}

async function main(): Promise<void> {
  const name = `lcm_bench_notify_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const databaseUrl = `${SERVER}/${name}`;
  const smtp = await TestSmtpServer.start();
  const processes = new ProcessGroup();
  const db = new Client({ connectionString: databaseUrl });
  try {
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: `lcm-bench-${randomBytes(3).toString('hex')}`,
      AUTO_MATCH: 'false',
      RATE_LIMIT_MAX: '0',
      WORKER_HEALTH_PORT: '0',
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'warn',
    };
    cli({ ...process.env, ...env }, 'setup');
    cli({ ...process.env, ...env }, 'seed-demo');
    await db.connect();
    const donor = await processes.startApi('api', env);
    await processes.startWorker('worker', { ...env, LOG_LEVEL: 'log' });
    await donor.signIn('donor.usa@demo.lcm.local', PASSWORD);
    const tpccApi = await asTpcc(donor.url);

    const [{ gap, offer }] = (
      await db.query<{ gap: string; offer: string }>(
        `SELECT (SELECT id FROM capability_gaps WHERE member_state_iso3 = 'BGD' AND status = 'OPEN'
                  AND quantity - reserved_quantity - confirmed_quantity > 0 LIMIT 1) AS gap,
                (SELECT id FROM offers WHERE donor_iso3 = 'USA' AND status = 'OPEN'
                  AND capacity - reserved_capacity - confirmed_capacity > 0 LIMIT 1) AS offer`,
      )
    ).rows;
    if (!gap || !offer) throw new Error('No open BGD gap and USA offer in the demo data');

    const toInbox: number[] = [];
    const toSmtp: number[] = [];
    for (let sample = 0; sample < samples; sample += 1) {
      // A run per proposal: a run proposes a pairing once.
      const [{ id: runId }] = (
        await db.query<{ id: string }>(
          `INSERT INTO match_runs (requested_by, status) VALUES ('bench', 'SUCCEEDED') RETURNING id`,
        )
      ).rows;
      const [{ id: proposal }] = (
        await db.query<{ id: string }>(
          `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
           VALUES ($1, $2, $3, 1, 0.5, '{}', 'bench') RETURNING id`,
          [runId, gap, offer],
        )
      ).rows;
      const received = smtp.received.length;
      const start = Date.now();
      const accepted = await donor.graphql(
        `mutation($id: ID!) { acceptProposal(input: { id: $id }) { status } }`,
        { id: proposal },
      );
      if (accepted.body.errors) throw new Error(JSON.stringify(accepted.body.errors));
      await poll(
        'the inbox entry',
        async () => {
          const inbox = await tpccApi.graphql<{
            notifications: { edges: { node: { proposalId: string } }[] };
          }>(`{ notifications(first: 1) { edges { node { proposalId } } } }`);
          return inbox.body.data?.notifications.edges[0]?.node.proposalId === proposal;
        },
        { timeoutMs: 10_000, intervalMs: 2 },
      );
      toInbox.push(Date.now() - start);
      const email = await poll(
        'the e-mail',
        () => smtp.received.slice(received).find((e) => e.to.includes('tpcc.bgd@demo.lcm.local')),
        { timeoutMs: 30_000, intervalMs: 2 },
      );
      toSmtp.push(email.acceptedAt - start);
      // Frees the reserved unit for the next sample (the donor's e-mail is not measured).
      await tpccApi.graphql(
        `mutation($id: ID!) { declineProposal(input: { id: $id }) { status } }`,
        {
          id: proposal,
        },
      );
    }
    const line = (label: string, values: number[]) =>
      `${label}: median ${percentile(values, 50)} ms, p99 ${percentile(values, 99)} ms, max ${Math.max(...values)} ms`;
    console.log(`${samples} samples (demo data, API and worker processes, local SMTP server)`);
    console.log(line('change → inbox entry (notifications query)', toInbox));
    console.log(line('change → e-mail accepted by SMTP', toSmtp));
  } finally {
    await processes.stopAll();
    await db.end().catch(() => undefined);
    await smtp.down();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
