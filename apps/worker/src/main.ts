import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { AppConfig, EnvironmentError, logLevelsUpTo, validateEnvironment } from '@app/config';

import { WorkerModule } from './worker.module';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'];

/**
 * How long a shutdown signal waits for the current job to finish. Past it the worker exits anyway
 * (code 1); the job keeps its lock until it expires, then another worker reruns it, as after a
 * crash. Below the 30 s after which Kubernetes kills a pod that has not stopped.
 */
const SHUTDOWN_DEADLINE_MS = 25_000;

/** The worker has no HTTP server: an application context that consumes the queues. */
async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: logLevelsUpTo(environment.LOG_LEVEL),
  });
  // Exit 0 once the hooks have run (by default Nest re-raises the signal, an exit by SIGTERM).
  app.enableShutdownHooks(SHUTDOWN_SIGNALS, { useProcessExit: true });
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      Logger.log(`${signal}: stopping`, 'Worker');
      setTimeout(() => {
        Logger.error(`Still running ${SHUTDOWN_DEADLINE_MS} ms after ${signal}; exiting`, 'Worker');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
    });
  }
  const lockMs = app.get(AppConfig).workerLockDurationMs;
  // Tests wait for this line: the worker is ready once it is printed.
  Logger.log(`Worker consuming the matching queue (job lock ${lockMs} ms)`, 'Worker');
}

bootstrap().catch((error: Error) => {
  Logger.error(error instanceof EnvironmentError ? error.message : error.stack, 'Worker');
  process.exit(1);
});
