import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { type PartitionInput, type PartitionResult } from './partition';

/**
 * Measured on 2 cores (npm run bench:matching -- --threads 1|2): worker threads make
 * 50,000 × 10,000 faster (22–24 s instead of 32 s on one thread), but cost about 0.5 s to start
 * and do not pay at 10,000 × 2,000 (2.1 s against 2.0 s on one thread).
 */
export const PARALLEL_FROM_GAPS = 20_000;

/** Threads worth using for an instance: every core from PARALLEL_FROM_GAPS gaps on, else 1. */
export function autoThreads(gapCount: number): number {
  return gapCount >= PARALLEL_FROM_GAPS ? availableParallelism() : 1;
}

interface Reply {
  id: number;
  result?: PartitionResult;
  error?: string;
}

/**
 * Solves partitions on `threads` worker threads, largest first, each thread taking the next one
 * when it is free. Results come back in the order of `inputs`, whatever finished first.
 */
export async function solvePartitionsInParallel(
  inputs: PartitionInput[],
  threads: number,
  onDone?: (done: number, total: number) => void,
): Promise<PartitionResult[]> {
  // The worker runs from the same kind of file as this one (.ts under a TypeScript loader, .js
  // once built); workers inherit the process's loader flags (execArgv).
  const script = join(__dirname, `partition.worker${extname(__filename)}`);
  const order = inputs
    .map((input, index) => ({ index, size: input.gaps.length * input.offers.length }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((entry) => entry.index);
  const results = new Array<PartitionResult>(inputs.length);
  const workers = Array.from(
    { length: Math.min(threads, inputs.length) },
    () => new Worker(script),
  );
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= order.length) return resolve();
              const id = order[next];
              next += 1;
              worker.postMessage({ id, input: inputs[id] });
            };
            worker.on('message', (reply: Reply) => {
              if (reply.error)
                return reject(new Error(`Partition ${reply.id} failed: ${reply.error}`));
              results[reply.id] = reply.result!;
              done += 1;
              onDone?.(done, inputs.length);
              sendNext();
            });
            worker.on('error', reject);
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
