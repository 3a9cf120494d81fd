import { Logger } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'];

/**
 * How long a shutdown signal waits for in-flight work (requests, the current job). Past it the
 * process exits anyway (code 1). Below the 30 s after which Kubernetes kills a pod that has not
 * stopped.
 */
const SHUTDOWN_DEADLINE_MS = 25_000;

/**
 * On SIGTERM/SIGINT: run Nest's shutdown hooks (close the HTTP server, finish in-flight work, close
 * pools), then exit 0 — by default Nest re-raises the signal, an exit by SIGTERM. HTTP answers
 * sent while stopping carry `Connection: close`, so a client's kept-alive connection does not hold
 * the server open until its keep-alive ends.
 */
export function enableGracefulShutdown(app: NestFastifyApplication, context: string): void {
  app.enableShutdownHooks(SHUTDOWN_SIGNALS, { useProcessExit: true });
  let stopping = false;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (_request, reply) => {
      if (stopping) reply.header('connection', 'close');
    });
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      stopping = true;
      Logger.log(`${signal}: stopping`, context);
      setTimeout(() => {
        Logger.error(`Still running ${SHUTDOWN_DEADLINE_MS} ms after ${signal}; exiting`, context);
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
    });
  }
}
