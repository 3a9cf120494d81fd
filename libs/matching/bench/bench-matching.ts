// npm run bench:matching [-- --sizes 1000x200,10000x2000 --threads 2]
// Measures the engine (candidates + optimal allocation, as match() runs them) on seeded instances.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

import { greedyAllocate } from '../src/greedy';
import { byId, partitionByCategory } from '../src/match';
import { solvePartitionsInParallel } from '../src/parallel';
import { type PartitionResult, solvePartition } from '../src/partition';
import { loadHighs } from '../src/solver';
import { resolveWeights } from '../src/weights';
import { generateInstance } from './generate-instance';

const DEFAULT_SIZES = '1000x200,10000x2000,50000x10000';

async function run(gapCount: number, offerCount: number, threads: number) {
  const instance = generateInstance(gapCount, offerCount);
  const highs = await loadHighs();
  const started = performance.now();
  const gaps = [...instance.gaps].sort(byId);
  const offers = [...instance.offers].sort(byId);
  const shared = {
    asOf: instance.asOf,
    weights: resolveWeights(undefined),
    partnerships: instance.partnerships ?? [],
  };
  const inputs = partitionByCategory(gaps, offers, shared).map((partition) => partition.input);
  const results: PartitionResult[] =
    threads > 1
      ? await solvePartitionsInParallel(inputs, threads)
      : inputs.map((input) => solvePartition(highs, input));
  const totalMs = performance.now() - started;

  let optimum = 0;
  let greedy = 0;
  results.forEach((result, index) => {
    const pairs = {
      length: result.gap.length,
      gap: result.gap,
      offer: result.offer,
      score: result.score,
    };
    const greedyQuantities = greedyAllocate(pairs, inputs[index].gaps, inputs[index].offers);
    for (let i = 0; i < pairs.length; i += 1) {
      optimum += result.score[i] * result.quantity[i];
      greedy += result.score[i] * greedyQuantities[i];
    }
  });
  const sum = (field: keyof PartitionResult) =>
    results.reduce((total, r) => total + (r[field] as number), 0);
  return {
    size: `${gapCount.toLocaleString('en')} × ${offerCount.toLocaleString('en')}`,
    candidatePairs: results.reduce((total, r) => total + r.gap.length, 0),
    subproblems: `${sum('subproblems')} (${sum('solvedByHighs')} by HiGHS)`,
    candidatesMs: Math.round(sum('candidatesMs')),
    solveMs: Math.round(sum('solveMs')),
    totalMs: Math.round(totalMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    greedyPercent: ((100 * greedy) / optimum).toFixed(2),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: DEFAULT_SIZES },
      threads: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const threads = Number(values.threads);
  const rows = [];
  for (const size of values.sizes!.split(',')) {
    const [gaps, offers] = size.split('x').map(Number);
    const row = await run(gaps, offers, threads);
    console.error(`measured ${row.size}: ${row.totalMs} ms`);
    rows.push(row);
  }
  console.log(
    `Threads: ${threads}. Candidates and solve are summed over categories (CPU time in their threads);`,
  );
  console.log(
    'total is wall-clock time from the instance to the allocation; peak RSS covers all threads.\n',
  );
  console.log(
    '| gaps × offers | candidate pairs | sub-problems | candidates (ms) | solve (ms) | total (ms) | peak RSS (MB) | greedy / optimum (%) |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.candidatePairs.toLocaleString('en')} | ${r.subproblems} | ${r.candidatesMs} | ${r.solveMs} | ${r.totalMs} | ${r.peakRssMb} | ${r.greedyPercent} |`,
    );
  }
}

void main();
