// npm run bench:diagnostics [-- --size 10000x2000 --seed 42 --samples 50]
// How long one on-demand diagnosis takes: match() runs once on a seeded instance (not timed as
// diagnostics), then diagnoseGap is timed for gaps left with unmet demand (the question a
// coordinator asks) and diagnoseOffer for offers, each call alone, as the API would make it.
import { parseArgs } from 'node:util';

import { diagnoseGap, diagnoseOffer } from '../src/diagnostics';
import { match } from '../src/match';
import { generateInstance, seededRandom } from './generate-instance';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000x2000' },
    seed: { type: 'string', default: '42' },
    samples: { type: 'string', default: '50' },
  },
});
const [gapCount, offerCount] = values.size!.split('x').map(Number);
const samples = Number(values.samples);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function describe(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  return `${label}: ${times.length} calls, median ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, max ${f(sorted[sorted.length - 1])} ms`;
}

async function main(): Promise<void> {
  const instance = generateInstance(gapCount, offerCount, Number(values.seed));
  const started = performance.now();
  const result = await match(instance, { includeCandidates: false });
  process.stdout.write(
    `${gapCount} gaps × ${offerCount} offers: match() ${Math.round(performance.now() - started)} ms, ${result.stats.candidatePairs} candidate pairs, ${result.unmet.length} gaps with unmet demand\n`,
  );
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  // Warm-up (JIT, memos), not counted.
  diagnoseGap(instance, result.allocations, instance.gaps[0].id);

  const gapTimes: number[] = [];
  let outbid = 0;
  let inconsistent = 0;
  for (let i = 0; i < samples; i += 1) {
    const { gapId } = pick(result.unmet);
    const t = performance.now();
    const diagnosis = diagnoseGap(instance, result.allocations, gapId)!;
    gapTimes.push(performance.now() - t);
    outbid += diagnosis.offers.filter((verdict) => verdict.outcome === 'OUTBID').length;
    if (!diagnosis.consistent) inconsistent += 1;
  }
  const offerTimes: number[] = [];
  let nearMisses = 0;
  for (let i = 0; i < samples; i += 1) {
    const offer = pick(instance.offers);
    const t = performance.now();
    const diagnosis = diagnoseOffer(instance, result.allocations, offer.id)!;
    offerTimes.push(performance.now() - t);
    nearMisses += diagnosis.nearMisses.length;
    if (!diagnosis.consistent) inconsistent += 1;
  }
  process.stdout.write(
    `${describe('diagnoseGap (gaps with unmet demand)', gapTimes)}; ${outbid} outbid offers explained\n`,
  );
  process.stdout.write(
    `${describe('diagnoseOffer', offerTimes)}; ${nearMisses} near misses found\n`,
  );
  if (inconsistent > 0)
    throw new Error(`${inconsistent} diagnoses found the allocation not optimal`);
}

void main();
