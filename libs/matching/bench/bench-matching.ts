// npm run bench:matching [-- --sizes 1000x200,10000x2000 --threads auto|N --seed 42]
// Runs match() end to end (candidates, optimal allocation, the full result with every candidate's
// breakdown, as the CLI does) on seeded instances, each size in a fresh process so that its peak
// memory is its own, and compares the optimum with a plain greedy allocation.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { type CandidatePairs } from '../src/candidates';
import { greedyAllocate } from '../src/greedy';
import { byId, match, type MatchTimings } from '../src/match';
import { type MatchStats } from '../src/result';
import { autoThreads } from '../src/threads/match-thread-pool';
import { generateInstance } from './generate-instance';

const DEFAULT_SIZES = '1000x200,10000x2000,50000x10000';

type Counts = Pick<
  MatchStats,
  'gaps' | 'offers' | 'candidatePairs' | 'subproblems' | 'solvedByHighs' | 'simplexIterations'
>;

interface Row extends MatchTimings, Counts {
  threads: number;
  peakRssMb: number;
  objective: number;
  greedyObjective: number;
}

/** One size, in this process: the instance is generated before the clock starts. */
async function measure(gapCount: number, offerCount: number, threadsOption: string, seed: number) {
  const instance = generateInstance(gapCount, offerCount, seed);
  const threads = threadsOption === 'auto' ? autoThreads(gapCount) : Number(threadsOption);
  let timings: MatchTimings | undefined;
  const result = await match(instance, { threads, onTimings: (t) => (timings = t) });
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  // Greedy baseline (for comparison only): the same candidate pairs, highest score first.
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const gapPosition = new Map(gaps.map((gap, position) => [gap.id, position]));
  const offerPosition = new Map(offers.map((offer, position) => [offer.id, position]));
  const { candidates } = result;
  const pairs: CandidatePairs = {
    length: candidates.length,
    gap: Int32Array.from(candidates, (c) => gapPosition.get(c.gapId)!),
    offer: Int32Array.from(candidates, (c) => offerPosition.get(c.offerId)!),
    score: Float64Array.from(candidates, (c) => c.score),
  };
  const greedy = greedyAllocate(pairs, gaps, offers);
  let greedyObjective = 0;
  for (let index = 0; index < pairs.length; index += 1) {
    greedyObjective += pairs.score[index] * greedy[index];
  }

  const row: Row = {
    threads,
    gaps: gapCount,
    offers: offerCount,
    candidatePairs: result.stats.candidatePairs,
    subproblems: result.stats.subproblems,
    solvedByHighs: result.stats.solvedByHighs,
    simplexIterations: result.stats.simplexIterations,
    ...timings!,
    peakRssMb,
    objective: result.objective,
    greedyObjective,
  };
  return row;
}

const number = (value: number) => value.toLocaleString('en');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: DEFAULT_SIZES },
      // auto: the CLI's policy (worker threads from 20,000 gaps on); or a number.
      threads: { type: 'string', default: 'auto' },
      seed: { type: 'string', default: '42' },
      // Internal: measure one size in this process and print it as JSON.
      one: { type: 'string' },
    },
  });
  const threads = values.threads!;
  const seed = Number(values.seed);
  if (values.one) {
    const [gaps, offers] = values.one.split('x').map(Number);
    process.stdout.write(JSON.stringify(await measure(gaps, offers, threads, seed)));
    return;
  }

  const rows: Row[] = [];
  for (const size of values.sizes!.split(',')) {
    const output = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        __filename,
        '--one',
        size,
        '--threads',
        String(threads),
        '--seed',
        String(seed),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
    );
    const row = JSON.parse(output) as Row;
    console.error(`measured ${size}: ${number(row.totalMs)} ms, ${row.peakRssMb} MB`);
    rows.push(row);
  }

  // The report is this command's output (a markdown table on stdout), not a log line.
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`\nmatch() end to end, threads: ${threads}, seed ${seed}, Node ${process.version}.`);
  print(
    'candidates and solve: time summed over the categories (CPU time on their worker threads when threads > 1); output: building the result (every candidate with its breakdown, allocations with explanations); total: wall clock of match(). Peak RSS: the whole process, threads included, one process per size. Greedy: the same pairs taken highest score first (baseline for comparison only).\n',
  );
  print(
    '| gaps × offers | threads | candidate pairs | sub-problems (HiGHS) | simplex iterations | candidates (ms) | solve (ms) | output (ms) | total (ms) | peak RSS (MB) | greedy / optimum |',
  );
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    print(
      `| ${number(r.gaps)} × ${number(r.offers)} | ${r.threads} | ${number(r.candidatePairs)} | ${r.subproblems} (${r.solvedByHighs}) | ${number(r.simplexIterations)} | ${number(r.candidatesMs)} | ${number(r.solveMs)} | ${number(r.outputMs)} | ${number(r.totalMs)} | ${number(r.peakRssMb)} | ${((100 * r.greedyObjective) / r.objective).toFixed(2)} % |`,
    );
  }
}

void main();
