// npm run bench:matching [-- --sizes 1000x200,10000x2000] — measures the engine on seeded instances.
import { parseArgs } from 'node:util';

import { allocate } from '../src/allocate';
import { buildCandidates } from '../src/candidates';
import { greedyAllocate } from '../src/greedy';
import { partnershipKey } from '../src/score';
import { loadHighs } from '../src/solver';
import { resolveWeights } from '../src/weights';
import { generateInstance } from './generate-instance';

const DEFAULT_SIZES = '1000x200,10000x2000,50000x10000';

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function run(gapCount: number, offerCount: number) {
  const instance = generateInstance(gapCount, offerCount);
  const highs = await loadHighs();
  const started = performance.now();
  const gaps = [...instance.gaps].sort((a, b) => (a.id < b.id ? -1 : 1));
  const offers = [...instance.offers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const context = {
    asOf: instance.asOf,
    weights: resolveWeights(undefined),
    partnerships: new Set(
      instance.partnerships!.map((p) => partnershipKey(p.donor, p.memberState)),
    ),
  };
  const pairs = buildCandidates(gaps, offers, context);
  const candidatesDone = performance.now();
  const outcome = allocate(highs, pairs, gaps, offers);
  const solved = performance.now();
  const value = (quantities: Int32Array) =>
    quantities.reduce((sum, quantity, i) => sum + pairs.score[i] * quantity, 0);
  const optimum = value(outcome.quantities);
  const greedy = value(greedyAllocate(pairs, gaps, offers));
  return {
    size: `${gapCount.toLocaleString('en')} × ${offerCount.toLocaleString('en')}`,
    candidatePairs: pairs.length,
    subproblems: `${outcome.subproblems} (${outcome.solvedByHighs} HiGHS, ${outcome.integerSubproblems} MIP)`,
    candidatesMs: Math.round(candidatesDone - started),
    solveMs: Math.round(solved - candidatesDone),
    totalMs: Math.round(solved - started),
    peakRssMb: peakRssMb(),
    greedyPercentOfOptimum: ((100 * greedy) / optimum).toFixed(2),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: DEFAULT_SIZES } } });
  const rows = [];
  for (const size of values.sizes!.split(',')) {
    const [gaps, offers] = size.split('x').map(Number);
    const row = await run(gaps, offers);
    console.error(`measured ${row.size}: ${row.totalMs} ms`);
    rows.push(row);
  }
  console.log(
    '| gaps × offers | candidate pairs | sub-problems | candidates (ms) | solve (ms) | total (ms) | peak RSS (MB) | greedy / optimum (%) |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.candidatePairs.toLocaleString('en')} | ${r.subproblems} | ${r.candidatesMs} | ${r.solveMs} | ${r.totalMs} | ${r.peakRssMb} | ${r.greedyPercentOfOptimum} |`,
    );
  }
}

void main();
