// What-if matching from the command line: npm run match -- --input instance.json [--output result.json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';

import { match, type MatchTimings } from '../match';
import { autoThreads } from '../threads/match-thread-pool';
import { InstanceError, validateInstance } from '../validate-instance';
import { writeResult } from './write-result';

const USAGE = `Usage: npm run match -- --input instance.json [--output result.json] [--threads N] [--timings]

Reads a what-if instance (asOf, weights?, gaps, offers, partnerships?), finds the candidate pairs
and the optimal allocation, and writes the result as JSON (to stdout without --output).
--threads: worker threads for the categories (default: the number of cores for instances of
  20,000 gaps or more, else 1: starting a thread costs more than it saves on smaller ones).
--timings: print the time of each phase to stderr.
Exit codes: 0 done, 2 bad input (nothing written), 1 unexpected failure.`;

/** Instances at least this large show a progress bar when stderr is a terminal. */
const PROGRESS_THRESHOLD = 2_000;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', short: 'i' },
        output: { type: 'string', short: 'o' },
        timings: { type: 'boolean', default: false },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (args.help) fail(USAGE, 0);
  if (!args.input) fail(`--input is required\n\n${USAGE}`, 2);

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(args.input, 'utf8'));
  } catch (error) {
    fail(`${args.input}: ${(error as Error).message}`, 2);
  }
  let instance;
  try {
    instance = validateInstance(raw);
  } catch (error) {
    if (error instanceof InstanceError) fail(`${args.input}: ${error.message}`, 2);
    throw error;
  }

  const threads =
    args.threads !== undefined ? Number(args.threads) : autoThreads(instance.gaps.length);
  if (!Number.isInteger(threads) || threads < 1) fail(`--threads must be a positive integer`, 2);
  const started = performance.now();
  const large = instance.gaps.length >= PROGRESS_THRESHOLD && process.stderr.isTTY;
  const bar = large
    ? new SingleBar({
        format: '{phase} [{bar}] {percentage}%',
        stream: process.stderr,
        hideCursor: true,
      })
    : undefined;
  bar?.start(100, 0, { phase: 'candidates' });
  let timings: MatchTimings | undefined;
  const result = await match(instance, {
    threads,
    onProgress: (phase, percent) => bar?.update(percent, { phase: phase.padEnd(10) }),
    onTimings: (measured) => (timings = measured),
  });
  bar?.stop();

  const solved = performance.now();
  await writeResult(result, args.output);
  if (args.timings) {
    console.error(
      `Matched in ${Math.round(solved - started)} ms (candidates ${timings?.candidatesMs} ms, ` +
        `solve ${timings?.solveMs} ms, result ${timings?.outputMs} ms; ${threads} thread(s)), ` +
        `written in ${Math.round(performance.now() - solved)} ms: ` +
        `${result.stats.candidatePairs} candidate pairs, objective ${result.objective}`,
    );
  }
}

main().catch((error: Error) => fail(`Unexpected failure: ${error.stack ?? error.message}`, 1));
