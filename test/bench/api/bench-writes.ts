/**
 * The cost of a write (issue 21 point 4): createGap and acceptProposal through GraphQL at a fixed
 * rate (50 requests/s each by default), with everything a write does in production: the
 * transaction, the audit log, notifications, and the automatic match run scheduled in Redis
 * (AUTO_MATCH=true; createGap opens the gap; no worker runs it, so the measure is the API's). For
 * each way of recording which tables a transaction wrote (the response cache's freshness):
 *
 *   none     the table_writes triggers disabled: what a write cost before them
 *   log      the migration's triggers: one (transaction, table) row in table_writes, no waiting
 *   counter  the alternative weighed and not taken: one version row per table, bumped by every
 *            write statement (UPDATE … version + 1), so its lock is held until commit
 *
 * each phase (createGap alone, acceptProposal alone, both at once) is measured.
 *
 *   npm run bench:writes [-- --rate 50 --duration 15 --warmup 3 --variants none,log,counter
 *                           --rounds 1 --phases createGap,acceptProposal,both --reuse-db --keep-db]
 *
 * With --rounds N every variant runs N times, in turn, and the table gives the median p50 and
 * p99 and the range of p99 over the rounds: on a shared machine the load drifts during a run.
 *
 * Needs PostgreSQL and Redis as the tests do; uses its own database lcm_bench_cache (dropped at
 * the end unless --keep-db). Latencies are from each request's due time (open loop).
 */
import { randomBytes } from 'node:crypto';

import { ProcessGroup } from '../../support/processes';
import { gapInput } from '../../support/factories';
import {
  type Answer,
  ask,
  COORDINATOR_EMAIL,
  DATABASE,
  dropDatabase,
  exitOnSignals,
  flag,
  type LoadFigures,
  log,
  machine,
  ms,
  onDatabase,
  openLoop,
  option,
  pad,
  prepareDatabase,
  startApi,
  tokenOf,
} from './cache-bench-support';

type Variant = 'none' | 'log' | 'counter';
type Phase = 'createGap' | 'acceptProposal' | 'both';

const settings = {
  rate: Number(option('rate', '50')),
  durationSeconds: Number(option('duration', '15')),
  warmupSeconds: Number(option('warmup', '3')),
  variants: option('variants', 'none,log,counter').split(',') as Variant[],
  /** Each round runs every variant in turn: a machine whose load drifts weighs on all alike. */
  rounds: Number(option('rounds', '1')),
  phases: option('phases', 'createGap,acceptProposal,both').split(',') as Phase[],
  reuseDb: flag('reuse-db'),
  keepDb: flag('keep-db'),
};

const CREATE_GAP = `mutation($input: CreateGapInput!) { createGap(input: $input) { id status } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { id status } }`;

/** One version row per table, bumped by every write statement: the design not taken. */
const COUNTER_FUNCTION = `
  CREATE TABLE IF NOT EXISTS bench_table_versions (
    table_name text PRIMARY KEY, version bigint NOT NULL DEFAULT 0);
  CREATE OR REPLACE FUNCTION record_table_write() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO bench_table_versions (table_name, version) VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT (table_name) DO UPDATE SET version = bench_table_versions.version + 1;
    RETURN NULL;
  END $$;`;

async function setVariant(variant: Variant, original: string): Promise<void> {
  await onDatabase(DATABASE, async (client) => {
    const { rows } = await client.query<{ relname: string; tgname: string }>(
      `SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname LIKE 'table_writes_%'`,
    );
    for (const { relname, tgname } of rows) {
      await client.query(
        `ALTER TABLE "${relname}" ${variant === 'none' ? 'DISABLE' : 'ENABLE'} TRIGGER "${tgname}"`,
      );
    }
    await client.query(variant === 'counter' ? COUNTER_FUNCTION : original);
  });
}

/** PROPOSED proposals that can still be accepted, one per gap, in a random order. */
async function acceptable(count: number): Promise<string[]> {
  return onDatabase(DATABASE, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM (
         SELECT DISTINCT ON (p.gap_id) p.id
         FROM proposals p
         JOIN capability_gaps g ON g.id = p.gap_id
         JOIN offers o ON o.id = p.offer_id
         WHERE p.status = 'PROPOSED'
           AND g.status IN ('OPEN', 'PARTIALLY_MATCHED')
           AND o.status IN ('OPEN', 'PARTIALLY_ALLOCATED')
           AND p.quantity <= g.quantity - g.reserved_quantity - g.confirmed_quantity
           AND p.quantity <= o.capacity - o.reserved_capacity - o.confirmed_capacity
         ORDER BY p.gap_id, random()) one_per_gap
       ORDER BY random() LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.id);
  });
}

/**
 * Gives back what acceptProposal did to these proposals (TPCC acceptance, the reserved
 * quantities), so every variant and round accepts the very same proposals from the same state.
 * The audit entries and notifications stay.
 */
async function undoAcceptances(ids: string[], attempt = 1): Promise<number> {
  await quiet();
  try {
    return await undoOnce(ids);
  } catch (error) {
    // 40P01: with the counter variant, a deadlock against a write still running is possible.
    if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
    return undoAcceptances(ids, attempt + 1);
  }
}

async function undoOnce(ids: string[]): Promise<number> {
  return onDatabase(DATABASE, async (client) => {
    const { rows } = await client.query<{ undone: number }>(
      `WITH undone AS (
         UPDATE proposals SET status = 'PROPOSED', tpcc_response = 'PENDING',
                tpcc_responded_at = NULL
         WHERE id = ANY($1::uuid[]) AND status = 'ACCEPTED'
         RETURNING gap_id, offer_id, quantity),
       gaps AS (
         UPDATE capability_gaps g SET reserved_quantity = g.reserved_quantity - s.quantity
         FROM (SELECT gap_id, sum(quantity)::int AS quantity FROM undone GROUP BY gap_id) s
         WHERE g.id = s.gap_id),
       offers AS (
         UPDATE offers o SET reserved_capacity = o.reserved_capacity - s.quantity
         FROM (SELECT offer_id, sum(quantity)::int AS quantity FROM undone GROUP BY offer_id) s
         WHERE o.id = s.offer_id)
       SELECT count(*)::int AS undone FROM undone`,
      [ids],
    );
    return rows[0].undone;
  });
}

/**
 * Waits until the API has no transaction running on the database: a request its client gave up
 * on (timed out) may still be running on the server, and would meet the next phase's work.
 */
async function quiet(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await onDatabase(DATABASE, async (client) => {
    for (;;) {
      const { rows } = await client.query<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND state IN ('active', 'idle in transaction')`,
      );
      if (rows[0].busy === 0 || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
}

interface Measurement {
  round: number;
  variant: Variant;
  phase: Phase;
  mutation: 'createGap' | 'acceptProposal';
  figures: LoadFigures;
}

async function main(): Promise<void> {
  exitOnSignals();
  const password = randomBytes(12).toString('hex');
  const start = machine();
  await prepareDatabase(password, settings.reuseDb);
  const original = await onDatabase(DATABASE, async (client) => {
    const { rows } = await client.query<{ definition: string }>(
      `SELECT pg_get_functiondef('record_table_write'::regproc) AS definition`,
    );
    return rows[0].definition;
  });
  const group = new ProcessGroup();
  const measurements: Measurement[] = [];
  try {
    const api = await startApi(group, 'api', { AUTO_MATCH: 'true' });
    const token = await tokenOf(api, COORDINATOR_EMAIL, password);
    const perPhase = Math.ceil(settings.rate * (settings.durationSeconds + settings.warmupSeconds));
    let gapNumber = 0;
    const createGap = (): Promise<Answer> =>
      ask(api.url, token, CREATE_GAP, {
        input: gapInput({ title: `Bench write ${++gapNumber}`, open: true }),
      });
    // The API's first requests compile its code paths: warmed up once, before any variant.
    await setVariant('log', original);
    // The same proposals for every variant and round (acceptances undone after each phase).
    const candidates = await acceptable(perPhase);
    if (candidates.length < perPhase) {
      log(`Only ${candidates.length} acceptable proposals for ${perPhase} requests a phase`);
    }
    const warmIds = candidates.slice(0, settings.rate * 5);
    await Promise.all([
      openLoop(settings.rate, 5, createGap),
      openLoop(settings.rate, 5, (index) =>
        ask(api.url, token, ACCEPT, { input: { id: warmIds[index], side: 'TPCC' } }),
      ),
    ]);
    await undoAcceptances(warmIds);
    for (let round = 1; round <= settings.rounds; round++) {
      for (const variant of settings.variants) {
        await setVariant(variant, original);
        for (const phase of settings.phases) {
          await quiet();
          const ids = phase === 'createGap' ? [] : candidates;
          let next = 0;
          const accept = (): Promise<Answer> => {
            const id = ids[next++];
            if (!id) return Promise.resolve({ ok: false, cache: null, error: 'NO_PROPOSAL_LEFT' });
            return ask(api.url, token, ACCEPT, { input: { id, side: 'TPCC' } });
          };
          const run = async (seconds: number) => {
            const jobs: Promise<LoadFigures>[] = [];
            if (phase !== 'acceptProposal') jobs.push(openLoop(settings.rate, seconds, createGap));
            if (phase !== 'createGap') jobs.push(openLoop(settings.rate, seconds, accept));
            return Promise.all(jobs);
          };
          await run(settings.warmupSeconds);
          const results = await run(settings.durationSeconds);
          if (phase !== 'createGap') await undoAcceptances(candidates);
          const mutations = (
            phase === 'both' ? ['createGap', 'acceptProposal'] : [phase]
          ) as Measurement['mutation'][];
          mutations.forEach((mutation, index) =>
            measurements.push({ round, variant, phase, mutation, figures: results[index] }),
          );
          for (const m of measurements.filter(
            (each) => each.round === round && each.variant === variant && each.phase === phase,
          )) {
            log(
              `round ${round}: ${variant} ${phase}: ${m.mutation} p50 ${ms(m.figures.p50)} p99 ${ms(m.figures.p99)} failed ${m.figures.failed} ${JSON.stringify(m.figures.errors)}`,
            );
          }
        }
      }
    }
  } finally {
    await group.stopAll();
    // The migration's triggers and function back, even after a failure: a database kept with
    // another variant would leave the response cache blind to writes.
    await setVariant('log', original);
    if (!settings.keepDb) await dropDatabase();
  }

  // The median over rounds of each figure (the middle round's, or the mean of the two middle).
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const header = ['variant', 'phase', 'mutation', 'req', 'p50', 'p99', 'p99 range', 'failed'];
  const widths = [8, 15, 15, 6, 9, 9, 17, 7];
  const lines = [header.map((cell, i) => pad(cell, widths[i], i > 2)).join(' ')];
  const keys = new Set(measurements.map((m) => `${m.variant}|${m.phase}|${m.mutation}`));
  for (const key of keys) {
    const [variant, phase, mutation] = key.split('|');
    const rounds = measurements
      .filter((m) => `${m.variant}|${m.phase}|${m.mutation}` === key)
      .map((m) => m.figures);
    const p99s = rounds.map((f) => f.p99);
    lines.push(
      [
        variant,
        phase,
        mutation,
        String(rounds.reduce((sum, f) => sum + f.requests, 0)),
        ms(median(rounds.map((f) => f.p50))),
        ms(median(p99s)),
        `${ms(Math.min(...p99s))}–${ms(Math.max(...p99s))}`,
        String(rounds.reduce((sum, f) => sum + f.failed, 0)),
      ]
        .map((cell, i) => pad(cell, widths[i], i > 2))
        .join(' '),
    );
  }
  log('');
  log(lines.join('\n'));
  log(
    `\nMedians over ${settings.rounds} round(s); ${settings.rate} requests/s per mutation, ${settings.durationSeconds} s after ${settings.warmupSeconds} s warm-up; ${start.cores} cores, Node ${start.node}; load average at start ${start.load.join(' ')}, at end ${machine().load.join(' ')}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
