// Worker thread: solves the partitions it is sent, each with this thread's own HiGHS instance.
import { parentPort } from 'node:worker_threads';

import { type PartitionInput, solvePartition } from './partition';
import { loadHighs } from './solver';

parentPort!.on('message', async (message: { id: number; input: PartitionInput }) => {
  try {
    const result = solvePartition(await loadHighs(), message.input);
    const buffers = [result.gap, result.offer, result.score, result.quantity].map(
      (array) => array.buffer as ArrayBuffer,
    );
    parentPort!.postMessage({ id: message.id, result }, buffers);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
