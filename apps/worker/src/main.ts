import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { enableGracefulShutdown } from '@app/common';
import { AppConfig, EnvironmentError, logLevelsUpTo, validateEnvironment } from '@app/config';

import { createWorkerApp } from './create-worker-app';

/** Consumes the queues; its only HTTP server is for health probes, on WORKER_HEALTH_PORT. */
async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const app = await createWorkerApp({ logger: logLevelsUpTo(environment.LOG_LEVEL) });
  // On SIGTERM: stop taking jobs, finish the current one, exit 0 (25 s at most, then exit 1 and
  // the job is rerun as after a crash).
  enableGracefulShutdown(app, 'Worker');
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
