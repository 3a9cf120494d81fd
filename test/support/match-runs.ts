import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue, QueueEvents } from 'bullmq';

import { QueueName } from '@app/queue';

import { WorkerModule } from '../../apps/worker/src/worker.module';
import { ProcessGroup } from './processes';
import { type TestApi } from './test-api';

export const START_RUN = `mutation($input: StartMatchRunInput) {
  startMatchRun(input: $input) { id status progress requestedBy jobId weights { priority urgency } }
}`;

export const RUN = `query($id: ID!) { matchRun(id: $id) {
  id status progress phase error requestedBy
  stats { gaps offers candidatePairs proposals objective covered demand durationMs }
} }`;

export interface FinishedRun {
  id: string;
  status: string;
  error: string | null;
  requestedBy: string;
  stats: Record<string, number>;
}

/** A worker (in this process, or a real worker process) and a view of the test's queue. */
export interface TestWorker {
  /** The worker module, when it runs in this process. */
  worker?: INestApplicationContext;
  queue: Queue;
  events: QueueEvents;
  /** Starts a run through the API and waits until the worker has finished it. */
  runToCompletion(weights?: Record<string, number>): Promise<FinishedRun>;
  close(): Promise<void>;
}

/** The test's queue and its events, and a way to run a match run to its end. */
async function queueView(api: TestApi, stopWorker: () => Promise<unknown>) {
  const connection = { url: process.env.REDIS_URL };
  const queue = new Queue(QueueName.MATCHING, { connection, prefix: api.queuePrefix });
  const events = new QueueEvents(QueueName.MATCHING, { connection, prefix: api.queuePrefix });
  await events.waitUntilReady();
  return {
    queue,
    events,
    async runToCompletion(weights?: Record<string, number>): Promise<FinishedRun> {
      const started = await api.graphql<{
        startMatchRun: { id: string; status: string; jobId: string };
      }>(START_RUN, { input: weights ? { weights } : null });
      expect(started.body.errors).toBeUndefined();
      const run = started.body.data!.startMatchRun;
      expect(run).toMatchObject({ status: 'QUEUED', jobId: run.id });
      const job = await Job.fromId(queue, run.jobId);
      await job!.waitUntilFinished(events, 30_000);
      const finished = await api.graphql<{ matchRun: FinishedRun }>(RUN, { id: run.id });
      return finished.body.data!.matchRun;
    },
    async close() {
      await events.close();
      await queue.close();
      await stopWorker();
    },
  };
}

/** The worker module in this process (its services can be reached), on the test's queue. */
export async function startTestWorker(api: TestApi): Promise<TestWorker> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  return { worker, ...(await queueView(api, () => worker.close())) };
}

/**
 * The real worker process (`apps/worker/src/main.ts`, as `npm run start:worker` runs it) on the
 * test's database and queue, which the API in this process set in the environment.
 */
export async function startWorkerProcess(api: TestApi): Promise<TestWorker> {
  const processes = new ProcessGroup();
  // Its environment is the test's: database, queue prefix, health on a free port.
  await processes.startWorker('worker', {});
  return queueView(api, () => processes.stopAll());
}

export async function createOpen(
  api: TestApi,
  kind: 'Gap' | 'Offer',
  input: Record<string, unknown>,
): Promise<string> {
  const response = await api.graphql<Record<string, { id: string }>>(
    `mutation($input: Create${kind}Input!) { create${kind}(input: $input) { id } }`,
    { input: { ...input, open: true } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data![`create${kind}`].id;
}
