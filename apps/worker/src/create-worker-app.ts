import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

import { WorkerModule } from './worker.module';

/**
 * The worker: consumes the queues once initialised (on listen), and serves only /health/live and
 * /health/ready over HTTP; shared by main.ts and the e2e tests.
 */
export async function createWorkerApp(
  options: { logger?: LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  return NestFactory.create<NestFastifyApplication>(WorkerModule, new FastifyAdapter(), {
    logger: options.logger,
  });
}
