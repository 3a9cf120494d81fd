import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';

import { Piscina } from 'piscina';

import { describeTimed } from '../match';
import { type PartitionInput } from '../partition';
import {
  type PartitionProgress,
  type PartitionTask,
  type PartitionTaskResult,
} from './partition.task';

/**
 * Measured on 2 cores (npm run bench:matching -- --threads 1|2): threads make 50,000 × 10,000
 * faster, but cost about 0.5 s to start and do not pay at 10,000 × 2,000. The CLI and benchmark
 * use them from here; the worker process always solves on its pool (to stay responsive).
 */
export const PARALLEL_FROM_GAPS = 20_000;

/** Threads worth using for an instance's speed alone: every core from PARALLEL_FROM_GAPS gaps on, else 1. */
export function autoThreads(gapCount: number): number {
  return gapCount >= PARALLEL_FROM_GAPS ? availableParallelism() : 1;
}

export interface PoolSolveOptions {
  includeCandidates: boolean;
  /** Aborting terminates the threads solving this call's partitions; the call rejects. */
  signal?: AbortSignal;
  /** The share of all partitions' work done (0 to 1), weighted by their gaps. */
  onProgress?: (phase: PartitionProgress['phase'], fraction: number) => void;
}

/**
 * Worker threads (a piscina pool) that solve and describe the partitions of match runs, so that
 * the thread calling match() stays free: a process serving health checks, queue locks and
 * progress events never waits on the solver. Partitions go largest first; results come back in
 * the order given.
 */
export class MatchThreadPool {
  private readonly pool: Piscina<PartitionTask, PartitionTaskResult>;

  constructor(readonly threads: number = availableParallelism()) {
    this.pool = new Piscina({
      filename: join(__dirname, `partition.task${extname(__filename)}`),
      minThreads: 0,
      maxThreads: threads,
      // Threads (each with its own HiGHS) are kept between runs for a while, then let go.
      idleTimeout: 60_000,
      // From TypeScript sources (development, tests, scripts) the threads need the loader; else
      // they inherit the process's options. (An explicit list may not hold V8 options such as
      // --max-old-space-size, which Worker refuses.)
      ...(extname(__filename) === '.ts' ? { execArgv: ['--require', '@swc-node/register'] } : {}),
    });
  }

  async solve(
    partitions: PartitionInput[],
    options: PoolSolveOptions,
  ): Promise<PartitionTaskResult[]> {
    const weights = partitions.map((input) => input.gaps.length + 1);
    const totalWeight = weights.reduce((total, weight) => total + weight, 0);
    const fractions = partitions.map(() => 0);
    const report = (phase: PartitionProgress['phase'], index: number, fraction: number) => {
      fractions[index] = fraction;
      const done = fractions.reduce((total, part, i) => total + part * weights[i], 0);
      options.onProgress?.(phase, done / totalWeight);
    };
    const order = partitions
      .map((input, index) => ({ index, size: (input.gaps.length + 1) * (input.offers.length + 1) }))
      .sort((a, b) => b.size - a.size || a.index - b.index);
    const results = new Array<Promise<PartitionTaskResult>>(partitions.length);
    for (const { index } of order) {
      const { port1, port2 } = new MessageChannel();
      port1.on('message', ({ phase, fraction }: PartitionProgress) =>
        report(phase, index, fraction),
      );
      results[index] = this.pool
        .run(
          {
            input: partitions[index],
            includeCandidates: options.includeCandidates,
            progress: port2,
          },
          { transferList: [port2], signal: options.signal },
        )
        .then((result) => {
          report('allocation', index, 1);
          return result;
        })
        .finally(() => port1.close());
    }
    const settled = await Promise.allSettled(results);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((outcome, index) => {
      const result = (outcome as PromiseFulfilledResult<PartitionTaskResult>).value;
      return result.output ? result : describeTimed(partitions[index], result.solution!, true);
    });
  }

  /** Ends the threads (waiting for tasks in hand). */
  close(): Promise<void> {
    return this.pool.close();
  }
}
