import { NestFactory } from '@nestjs/core';
import { type INestApplicationContext } from '@nestjs/common';
import { Job, Queue, QueueEvents } from 'bullmq';

import { QueueName } from '@app/queue';

import { WorkerModule } from '../apps/worker/src/worker.module';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

describe('match runs through BullMQ', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let events: QueueEvents;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    events = new QueueEvents(QueueName.MATCHING, {
      connection: { url: process.env.REDIS_URL },
      prefix: api.queuePrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await worker?.close();
    await api?.close();
  });

  it('the API enqueues a run under its own prefix and the worker processes it', async () => {
    await api.graphql(`mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`, {
      input: gapInput({ open: true }),
    });
    await api.graphql(`mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
      input: offerInput({ open: true }),
    });
    await api.graphql(`mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
      input: offerInput({ title: 'Still a draft' }),
    });

    const response = await api.graphql<{ startMatchRun: { jobId: string } }>(
      'mutation { startMatchRun { jobId queuedAt } }',
    );
    expect(response.body.errors).toBeUndefined();
    const { jobId } = response.body.data!.startMatchRun;

    const queue = new Queue(QueueName.MATCHING, {
      connection: { url: process.env.REDIS_URL },
      prefix: api.queuePrefix,
    });
    try {
      const job = await Job.fromId(queue, jobId);
      expect(job?.data).toMatchObject({ requestedBy: 'api' });
      const result = await job!.waitUntilFinished(events, 15_000);
      expect(result).toEqual({ openGaps: 1, openOffers: 1 });
    } finally {
      await queue.close();
    }
  });
});
