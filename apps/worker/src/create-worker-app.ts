import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type DestinationStream } from 'pino';

import { validateEnvironment } from '@app/config';
import { createLogger, PinoNestLogger } from '@app/logging';

import { WorkerModule } from './worker.module';

/**
 * The worker: consumes the queues once initialised (on listen), and serves only /health/live and
 * /health/ready over HTTP; shared by main.ts and the e2e tests. Logs through pino (JSON lines;
 * pretty in development); a job's lines carry its run id, job id and the request id that queued
 * it. Fastify logs nothing itself: its only requests are health probes, every few seconds.
 */
export async function createWorkerApp(
  options: { logger?: LogLevel[] | false; logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger({
    app: 'worker',
    levels: options.logger,
    pretty: validateEnvironment(process.env).NODE_ENV === 'development',
    destination: options.logDestination,
  });
  return NestFactory.create<NestFastifyApplication>(WorkerModule, new FastifyAdapter(), {
    logger: new PinoNestLogger(logger),
  });
}
