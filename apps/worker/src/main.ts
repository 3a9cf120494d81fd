import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { AppConfig, EnvironmentError, logLevelsUpTo, validateEnvironment } from '@app/config';

import { createWorkerApp } from './create-worker-app';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'];

/**
 * How long a shutdown signal waits for the current job to finish. Past it the worker exits anyway
 * (code 1); the job keeps its lock until it expires, then another worker reruns it, as after a
 * crash. Below the 30 s after which Kubernetes kills a pod that has not stopped.
 */
const SHUTDOWN_DEADLINE_MS = 25_000;

/** Consumes the queues; its only HTTP server is for health probes, on WORKER_HEALTH_PORT. */
async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const app = await createWorkerApp({ logger: logLevelsUpTo(environment.LOG_LEVEL) });
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
  const config = app.get(AppConfig);
  try {
    // Initialises the modules (the BullMQ worker starts consuming), then binds the port.
    await app.listen(config.workerHealthPort, '0.0.0.0');
  } catch (error) {
    // E.g. the port is taken: stop consuming (letting a job just taken finish) before exiting.
    await app.close().catch(() => undefined);
    throw error;
  }
  const { port } = app.getHttpServer().address() as { port: number };
  // Tests wait for this line: the worker is ready once it is printed.
  Logger.log(
    `Worker consuming the matching queue (job lock ${config.workerLockDurationMs} ms); health at http://localhost:${port}/health/ready`,
    'Worker',
  );
}

bootstrap().catch((error: Error) => {
  Logger.error(error instanceof EnvironmentError ? error.message : error.stack, 'Worker');
  process.exit(1);
});
