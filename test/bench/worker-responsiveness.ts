/**
 * The worker's responsiveness through a large match run: the engine benchmark's generated
 * instance (50,000 gaps × 10,000 offers, seed 42, as `npm run bench:matching`) loaded into a
 * throwaway database, the API and the worker as child processes (production mode, as
 * `npm run start:api` / `start:worker` run them). While the run goes: /health/live of the worker
 * is asked every 100 ms, the queue's progress and stalled events are counted; at the end the
 * worker's own event-loop delay for the run (perf_hooks.monitorEventLoopDelay, its log line) and
 * the run's statistics are printed.
 *
 *   npm run bench:worker [-- --gaps 50000 --offers 10000 --lock-ms 30000]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import { Job, Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';

import { QueueName } from '@app/queue';
import { createDataSourceOptions } from '@app/persistence';

import { generateInstance } from '../../libs/matching/bench/generate-instance';
import { createCoordinator, sql } from '../support/generated-data';
import { poll, ProcessGroup } from '../support/processes';
import { TEST_PASSWORD } from '../support/test-users';
import { loadInstance } from './load-instance';

const { values: options } = parseArgs({
  options: {
    gaps: { type: 'string', default: '50000' },
    offers: { type: 'string', default: '10000' },
    'lock-ms': { type: 'string', default: '30000' },
  },
});
const GAPS = Number(options.gaps);
const OFFERS = Number(options.offers);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const database = `lcm_bench_worker_${randomBytes(3).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: `${SERVER}/${database}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `lcm-bench-${database}`,
    AUTO_MATCH: 'false',
    RATE_LIMIT_MAX: '1000000',
    WORKER_HEALTH_PORT: '0',
    WORKER_LOCK_DURATION_MS: options['lock-ms'],
  };
  const processes = new ProcessGroup();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    say(
      `bench:worker — ${GAPS} × ${OFFERS}, Node ${process.version}, job lock ${env.WORKER_LOCK_DURATION_MS} ms`,
    );
    const setup = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'setup'],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );
    if (setup.status !== 0) throw new Error(`cli setup failed:\n${setup.stderr}`);
    const dataSource = new DataSource(createDataSourceOptions({ url: env.DATABASE_URL }));
    await dataSource.initialize();
    await loadInstance(dataSource, generateInstance(GAPS, OFFERS, 42));
    await dataSource.destroy();
    const coordinator = await createCoordinator(env.DATABASE_URL);

    const api = await processes.startApi('api', env);
    await api.signIn(coordinator, TEST_PASSWORD);
    const worker = await processes.startWorker('worker', { ...env, LOG_LEVEL: 'log' });
    const healthUrl = /health at (http:\/\/localhost:\d+)\/health\/ready/.exec(worker.text())![1];
    const connection = { url: env.REDIS_URL };
    const queue = new Queue(QueueName.MATCHING, { connection, prefix: env.QUEUE_PREFIX });
    const events = new QueueEvents(QueueName.MATCHING, { connection, prefix: env.QUEUE_PREFIX });
    await events.waitUntilReady();
    let progressEvents = 0;
    let stalledEvents = 0;
    events.on('progress', () => (progressEvents += 1));
    events.on('stalled', () => (stalledEvents += 1));

    const started = await api.graphql<{ startMatchRun: { id: string } }>(
      'mutation { startMatchRun { id } }',
    );
    const runId = started.body.data!.startMatchRun.id;
    const healthMs: number[] = [];
    let healthFailures = 0;
    let running = true;
    const probing = (async () => {
      while (running) {
        const at = performance.now();
        try {
          const response = await fetch(`${healthUrl}/health/live`, {
            signal: AbortSignal.timeout(5_000),
          });
          if (!response.ok) healthFailures += 1;
        } catch {
          healthFailures += 1;
        }
        healthMs.push(performance.now() - at);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const run = await poll(
      `run ${runId} to finish`,
      async () => {
        const [row] = await sql<{
          status: string;
          stats: Record<string, number> | null;
          error: string | null;
        }>(env.DATABASE_URL, 'SELECT status, stats, error FROM match_runs WHERE id = $1', [runId]);
        return ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(row.status) && row;
      },
      { timeoutMs: 15 * 60_000, intervalMs: 500 },
    );
    running = false;
    await probing;
    const job = await Job.fromId(queue, runId);
    const delay = new RegExp(
      `event loop delay p50 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms \\((\\d+) samples\\)`,
    ).exec(worker.text());
    await events.close();
    await queue.close();
    const sorted = [...healthMs].sort((a, b) => a - b);
    say(
      `run ${run.status}${run.error ? `: ${run.error}` : ''}; stats ${JSON.stringify(run.stats)}`,
    );
    say('');
    say(
      '| gaps × offers | run (s): load / match / write | event loop delay p50 / p99 / max (ms) | /health/live answers, p99 / max (ms), failures | progress events | stalled | attempts |',
    );
    say('| --- | --- | --- | --- | ---: | ---: | ---: |');
    const s = run.stats ?? {};
    const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
    say(
      `| ${GAPS.toLocaleString('en')} × ${OFFERS.toLocaleString('en')} | ${seconds(s.durationMs)}: ${seconds(s.loadMs)} / ${seconds(s.matchMs)} / ${seconds(s.writeMs)} | ` +
        `${delay ? `${delay[1]} / ${delay[2]} / ${delay[3]}` : 'not logged'} | ${healthMs.length}, ${percentile(sorted, 99).toFixed(0)} / ${sorted.at(-1)!.toFixed(0)}, ${healthFailures} | ` +
        `${progressEvents} | ${stalledEvents} | ${job?.attemptsMade ?? '?'} |`,
    );
    if (
      run.status !== 'SUCCEEDED' ||
      stalledEvents > 0 ||
      healthFailures > 0 ||
      !delay ||
      Number(delay[2]) >= 50
    )
      process.exitCode = 1;
  } finally {
    await processes.stopAll();
    spawnSync('dropdb', ['--if-exists', '--force', '-h', '127.0.0.1', '-U', 'postgres', database]);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
