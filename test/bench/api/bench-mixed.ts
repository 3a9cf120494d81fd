/**
 * Reads while someone writes (issue 21 point 3): analysts read the three questions of bench:api
 * (the gap page, the coverage report, the latest run's proposals), each at a fixed rate, while
 * a coordinator writes about once a second, through GraphQL:
 *
 *   none          nobody writes
 *   partnerships  recordPartnershipDelivery (partnerships, notifications, audit log)
 *   comments      addComment on a gap (comments, notifications, audit log: read by none of them)
 *   gaps          updateGap (capability_gaps: read by all three; the control)
 *
 * For each freshness scheme of the response cache (RESPONSE_CACHE_INVALIDATION): `snapshot`
 * (any committed write anywhere on the PostgreSQL server ends every answer: the scheme before)
 * and `tables` (a write ends the answers that read its table), it reports each question's hit
 * rate and latencies (p50, p99, from each request's due time: open loop).
 *
 *   npm run bench:mixed [-- --rate 50 --duration 20 --warmup 3 --modes snapshot,tables
 *                          --writers none,partnerships,comments,gaps --reuse-db --keep-db]
 *
 * Its own database (lcm_bench_cache), seeded as bench:api's; dropped at the end unless
 * --keep-db. Note that `snapshot` also sees the writes of other databases of the same server
 * (xids are server-wide): on a shared server its hit rate falls further than here with one writer.
 */
import { randomBytes } from 'node:crypto';

import { ProcessGroup } from '../../support/processes';
import {
  ANALYST_EMAIL,
  type Answer,
  ask,
  COORDINATOR_EMAIL,
  DATABASE,
  DATABASE_URL,
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
import { benchQueries, type QueryName } from './queries';
import { summarize } from './seed';

type Mode = 'snapshot' | 'tables';
type Writer = 'none' | 'partnerships' | 'comments' | 'gaps';

const settings = {
  rate: Number(option('rate', '50')),
  writesPerSecond: Number(option('writes-per-second', '1')),
  durationSeconds: Number(option('duration', '20')),
  warmupSeconds: Number(option('warmup', '3')),
  modes: option('modes', 'snapshot,tables').split(',') as Mode[],
  writers: option('writers', 'none,partnerships,comments,gaps').split(',') as Writer[],
  reuseDb: flag('reuse-db'),
  keepDb: flag('keep-db'),
};

const DELIVER = `mutation($input: RecordDeliveryInput!) { recordPartnershipDelivery(input: $input) { id deliveredQuantity } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UPDATE_GAP = `mutation($input: UpdateGapInput!) { updateGap(input: $input) { id title } }`;

interface Targets {
  /** Partnerships with something left to deliver: one unit each, in turn. */
  partnerships: string[];
  /** Gaps shown on the gap page (the newest, open): commented on, or retitled. */
  gaps: string[];
}

async function targets(): Promise<Targets> {
  return onDatabase(DATABASE, async (client) => {
    const partnerships = await client.query<{ id: string }>(
      `SELECT id FROM partnerships WHERE delivered_quantity < quantity AND status = 'ACTIVE'
       ORDER BY id`,
    );
    const gaps = await client.query<{ id: string }>(
      `SELECT id FROM capability_gaps WHERE status IN ('OPEN', 'DRAFT', 'PARTIALLY_MATCHED')
       ORDER BY created_at DESC, id DESC LIMIT 50`,
    );
    return {
      partnerships: partnerships.rows.map((row) => row.id),
      gaps: gaps.rows.map((row) => row.id),
    };
  });
}

interface Measurement {
  mode: Mode;
  writer: Writer;
  query: QueryName;
  figures: LoadFigures;
  writes: LoadFigures | null;
}

async function main(): Promise<void> {
  exitOnSignals();
  const password = randomBytes(12).toString('hex');
  const start = machine();
  await prepareDatabase(password, settings.reuseDb);
  const { latestRunId } = await summarize(DATABASE_URL);
  const queries = benchQueries(latestRunId);
  const { partnerships, gaps } = await targets();
  log(`${partnerships.length} partnerships to deliver to, ${gaps.length} gaps to write on`);
  const measurements: Measurement[] = [];
  const group = new ProcessGroup();
  let delivered = 0;
  let written = 0;
  try {
    for (const mode of settings.modes) {
      const api = await startApi(group, `api-${mode}`, {
        AUTO_MATCH: 'false',
        RESPONSE_CACHE_INVALIDATION: mode,
      });
      const analyst = await tokenOf(api, ANALYST_EMAIL, password);
      const coordinator = await tokenOf(api, COORDINATOR_EMAIL, password);
      const write = (writer: Writer): Promise<Answer> => {
        switch (writer) {
          case 'partnerships':
            return ask(api.url, coordinator, DELIVER, {
              input: {
                partnershipId: partnerships[delivered++ % partnerships.length],
                quantity: 1,
              },
            });
          case 'comments':
            return ask(api.url, coordinator, COMMENT, {
              input: { gapId: gaps[written++ % gaps.length], body: `Bench comment ${written}` },
            });
          case 'gaps':
            return ask(api.url, coordinator, UPDATE_GAP, {
              input: { id: gaps[written++ % gaps.length], title: `Bench gap retitled ${written}` },
            });
          default:
            return Promise.resolve({ ok: true, cache: null });
        }
      };
      for (const writer of settings.writers) {
        const phase = async (seconds: number) =>
          Promise.all([
            Promise.all(
              queries.map((query) =>
                openLoop(settings.rate, seconds, () =>
                  ask(api.url, analyst, query.ours.query, query.ours.variables),
                ),
              ),
            ),
            writer === 'none'
              ? null
              : openLoop(settings.writesPerSecond, seconds, () => write(writer)),
          ]);
        await phase(settings.warmupSeconds);
        const [reads, writes] = await phase(settings.durationSeconds);
        queries.forEach((query, index) => {
          measurements.push({ mode, writer, query: query.name, figures: reads[index], writes });
          const f = reads[index];
          log(
            `${mode} / ${writer} / ${query.name}: hits ${((100 * f.hits) / f.requests).toFixed(1)} % p50 ${ms(f.p50)} p99 ${ms(f.p99)} failed ${f.failed}${writes ? `; writes ${writes.requests} failed ${writes.failed} ${JSON.stringify(writes.errors)}` : ''}`,
          );
        });
      }
      await api.process.stop();
    }
  } finally {
    await group.stopAll();
    if (!settings.keepDb) await dropDatabase();
  }

  const header = ['mode', 'writes', 'query', 'req', 'hit %', 'p50', 'p99', 'max', 'failed'];
  const widths = [9, 13, 10, 6, 7, 9, 9, 9, 7];
  const lines = [header.map((cell, i) => pad(cell, widths[i], i > 2)).join(' ')];
  for (const m of measurements) {
    const f = m.figures;
    lines.push(
      [
        m.mode,
        m.writer,
        m.query,
        String(f.requests),
        ((100 * f.hits) / f.requests).toFixed(1),
        ms(f.p50),
        ms(f.p99),
        ms(f.max),
        String(f.failed),
      ]
        .map((cell, i) => pad(cell, widths[i], i > 2))
        .join(' '),
    );
  }
  log('');
  log(lines.join('\n'));
  log(
    `\n${settings.rate} requests/s per question, ${settings.writesPerSecond} write/s, ${settings.durationSeconds} s after ${settings.warmupSeconds} s warm-up; ${start.cores} cores, Node ${start.node}; load average at start ${start.load.join(' ')}, at end ${machine().load.join(' ')}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
