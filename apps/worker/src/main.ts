import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { EnvironmentError, logLevelsUpTo, validateEnvironment } from '@app/config';

import { WorkerModule } from './worker.module';

/** The worker has no HTTP server: an application context that consumes the queues. */
async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: logLevelsUpTo(environment.LOG_LEVEL),
  });
  app.enableShutdownHooks();
  Logger.log('Worker consuming the matching queue', 'Worker');
}

bootstrap().catch((error: Error) => {
  Logger.error(error instanceof EnvironmentError ? error.message : error.stack, 'Worker');
  process.exit(1);
});
