import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue, QueueEvents } from 'bullmq';

import { QueueName } from '@app/queue';

import { WorkerModule } from '../../apps/worker/src/worker.module';
import { gql } from '../graphql';
import {
  type CreateGapInput,
  type CreateOfferInput,
  type MatchRunQuery,
  type MatchWeightsInput,
} from '../graphql/graphql';
import { ProcessGroup } from './processes';
import { type TestApi } from './test-api';

export const START_RUN = gql(`
  mutation StartMatchRun($input: StartMatchRunInput) {
    startMatchRun(input: $input) {
      id status progress requestedBy jobId weights { priority urgency }
    }
  }
`);

export const RUN = gql(`
  query MatchRun($id: ID!) {
    matchRun(id: $id) {
      id status progress phase error requestedBy
      stats { gaps offers candidatePairs proposals objective covered demand durationMs }
    }
  }
`);

const CREATE_OPEN_GAP = gql(`
  mutation CreateOpenGap($input: CreateGapInput!) { createGap(input: $input) { id } }
`);

const CREATE_OPEN_OFFER = gql(`
  mutation CreateOpenOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }
`);

export type FinishedRun = NonNullable<MatchRunQuery['matchRun']>;

/** A worker (in this process, or a real worker process) and a view of the test's queue. */
export interface TestWorker {
  /** The worker module, when it runs in this process. */
  worker?: INestApplicationContext;
  queue: Queue;
  events: QueueEvents;
  /** Starts a run through the API and waits until the worker has finished it. */
  runToCompletion(weights?: MatchWeightsInput): Promise<FinishedRun>;
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
    async runToCompletion(weights?: MatchWeightsInput): Promise<FinishedRun> {
      const started = await api.graphql(START_RUN, { input: weights ? { weights } : null });
      expect(started.body.errors).toBeUndefined();
      const run = started.body.data!.startMatchRun;
      expect(run).toMatchObject({ status: 'QUEUED', jobId: run.id });
      const job = await Job.fromId(queue, run.jobId!);
      await job!.waitUntilFinished(events, 30_000);
      const finished = await api.graphql(RUN, { id: run.id });
      return finished.body.data!.matchRun!;
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

/** Creates an OPEN gap or offer from a (typed) factory input; returns its id. */
export async function createOpen(
  api: TestApi,
  kind: 'Gap' | 'Offer',
  input: CreateGapInput | CreateOfferInput,
): Promise<string> {
  if (kind === 'Gap') {
    const response = await api.graphql(CREATE_OPEN_GAP, {
      input: { ...(input as CreateGapInput), open: true },
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createGap.id;
  }
  const response = await api.graphql(CREATE_OPEN_OFFER, {
    input: { ...(input as CreateOfferInput), open: true },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.createOffer.id;
}
