// Piscina task, run in a worker thread: one category's sub-problem solved (candidates, optimal
// allocation) and described (breakdowns, explanations, unmet demand), so that the calling thread
// only splits the instance and assembles the outputs. With every candidate asked for (millions at
// 50,000 × 10,000), the compact solution comes back instead and the caller describes it: a
// described copy in each thread as well would double the memory.
import { type MessagePort } from 'node:worker_threads';

import { describeTimed, type PartitionOutput } from '../match';
import {
  type PartitionInput,
  partitionProgress,
  type PartitionResult,
  solvePartition,
} from '../partition';
import { loadHighs } from '../solver';

export interface PartitionTask {
  input: PartitionInput;
  includeCandidates: boolean;
  /** Receives `PartitionProgress` messages while the partition is solved. */
  progress?: MessagePort;
}

/** How far one partition is: its share of the engine's work done, 0 to 1. */
export interface PartitionProgress {
  phase: 'candidates' | 'allocation';
  fraction: number;
}

export interface PartitionTaskResult {
  output?: PartitionOutput;
  /** Instead of `output` when every candidate is asked for: the caller describes it. */
  solution?: PartitionResult;
  candidatesMs: number;
  solveMs: number;
  describeMs: number;
}

/** Progress messages are sent at most this often (ms). */
const PROGRESS_INTERVAL_MS = 100;

export default async function solvePartitionTask({
  input,
  includeCandidates,
  progress,
}: PartitionTask): Promise<PartitionTaskResult> {
  let lastSent = 0;
  const result = solvePartition(await loadHighs(), input, (phase, done, total) => {
    const now = performance.now();
    if (!progress || now - lastSent < PROGRESS_INTERVAL_MS) return;
    lastSent = now;
    progress.postMessage({
      phase,
      fraction: partitionProgress(phase, done, total),
    } satisfies PartitionProgress);
  });
  progress?.close();
  if (includeCandidates)
    return {
      solution: result,
      candidatesMs: result.candidatesMs,
      solveMs: result.solveMs,
      describeMs: 0,
    };
  return describeTimed(input, result, includeCandidates);
}
