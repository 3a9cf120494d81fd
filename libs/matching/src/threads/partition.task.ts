// Piscina task, run in a worker thread: one category's sub-problem solved (candidates, optimal
// allocation) and described (breakdowns, explanations, unmet demand). The calling thread then only
// splits the instance and assembles the outputs.
import { type MessagePort } from 'node:worker_threads';

import { describePartition, type PartitionOutput } from '../match';
import { CANDIDATES_SHARE, type PartitionInput, solvePartition } from '../partition';
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
  output: PartitionOutput;
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
    const share = total === 0 ? 1 : done / total;
    const fraction =
      phase === 'candidates'
        ? CANDIDATES_SHARE * share
        : CANDIDATES_SHARE + (1 - CANDIDATES_SHARE) * share;
    progress.postMessage({ phase, fraction } satisfies PartitionProgress);
  });
  const described = performance.now();
  const output = describePartition(input, result, { includeCandidates });
  progress?.close();
  return {
    output,
    candidatesMs: result.candidatesMs,
    solveMs: result.solveMs,
    describeMs: performance.now() - described,
  };
}
