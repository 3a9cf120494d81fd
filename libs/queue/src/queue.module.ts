import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { hostname } from 'node:os';

import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { type ConnectionOptions, type Queue, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';

import { AppConfig } from '@app/config';

import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';

/** While Redis is unreachable, ioredis tries again after 200 ms, 400 ms … and then every 2 s. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/** The same error (e.g. ECONNREFUSED on every reconnection attempt) is logged once per interval. */
const REPEATED_ERROR_LOG_INTERVAL_MS = 30_000;

function redisConnection(config: AppConfig): ConnectionOptions {
  return {
    url: config.redisUrl,
    // ioredis reconnects forever; BullMQ's default backs off to 20 s, which would make a restarted
    // Redis wait that long to be used again.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  };
}

/**
 * Connection of producers (the queues that `startMatchRun` and automatic runs add to): while
 * Redis is unreachable a command is refused at once instead of waiting in ioredis' offline queue,
 * so a mutation answers with an error instead of hanging until Redis is back. BullMQ recommends
 * this for queues that producers add to.
 */
export function producerConnection(config: AppConfig): ConnectionOptions {
  return { ...redisConnection(config), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}

/**
 * Connection of consumers (workers, queue events): they wait for Redis instead of failing, and
 * BullMQ requires `maxRetriesPerRequest: null` for their blocking commands.
 */
export function consumerConnection(config: AppConfig): ConnectionOptions {
  return { ...redisConnection(config), enableOfflineQueue: true, maxRetriesPerRequest: null };
}

/**
 * A consumer's own Redis client (for a QueueEvents), which `closeConsumer` can stop however far
 * it got: BullMQ does not close a client it was given, and lets the process close it.
 */
export function consumerClient(config: AppConfig): Redis {
  const { url, ...options } = consumerConnection(config) as { url: string } & Record<
    string,
    unknown
  >;
  return new Redis(url, options);
}

/**
 * Closes a BullMQ consumer and its own client. BullMQ's `close()` first waits for the connection
 * to be ready, or to end: a client that is reconnecting (Redis never reached, or down) emits
 * neither once disconnected, so the wait never ends (taskforcesh/bullmq#4656), which held a
 * stopping API until its shutdown deadline. Such a client is disconnected (no reconnection timer
 * is left) and the consumer's close left to settle or not; a ready one is closed, then quit.
 */
export async function closeConsumer(
  consumer: { close(): Promise<void> },
  client: Redis,
): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    void consumer.close().catch(() => undefined);
    return;
  }
  await consumer.close().catch(() => undefined);
  await client.quit().catch(() => client.disconnect());
}

/** This process as a worker: BullMQ records it on the jobs it takes (job.processedBy). */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Options of the workers that consume the queues: the consumers' connection, and the lock a
 * worker holds on its job (renewed every half lock duration, each time for a whole one). When a
 * worker dies its job keeps the lock until it expires, half to one lock duration later; the
 * stalled-job check of a live worker marks the active jobs on each pass and moves back to waiting
 * those marked on an earlier pass whose lock has expired. A check only moves jobs without a lock,
 * so it can run more often than the lock lasts (BullMQ's default is as often): every quarter lock
 * duration, a killed worker's job is rerun 0.5 to 1.25 lock durations after the kill instead of
 * 0.5 to 2.
 */
export function workerOptions(config: AppConfig): Partial<WorkerOptions> {
  const lockDuration = config.workerLockDurationMs;
  return {
    name: workerName(),
    connection: consumerConnection(config),
    lockDuration,
    stalledInterval: Math.max(Math.round(lockDuration / 4), 1_000),
  };
}

/**
 * Logs the 'error' events of a BullMQ queue or worker as warnings: connection errors while Redis
 * is down (one per reconnection attempt, so each distinct message at most once per 30 s) and
 * lost job locks. Without a listener BullMQ prints every one of them with its stack to stderr.
 */
export function logQueueErrors(
  emitter: { on(event: 'error', listener: (error: Error) => void): unknown },
  logger: Logger,
): void {
  const lastLogged = new Map<string, number>();
  emitter.on('error', (error: Error) => {
    const now = Date.now();
    if (now - (lastLogged.get(error.message) ?? -Infinity) < REPEATED_ERROR_LOG_INTERVAL_MS) return;
    lastLogged.set(error.message, now);
    logger.warn(error.message);
  });
}

/**
 * BullMQ on the configured Redis. `QUEUE_PREFIX` namespaces every key, so test runs and
 * deployments sharing one Redis never see each other's jobs. The queues have the producers'
 * fail-fast connection; workers get theirs from `workerOptions`.
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: producerConnection(config),
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.MATCHING }),
  ],
  exports: [BullModule],
})
export class QueueModule implements OnModuleInit {
  private readonly logger = new Logger(`Queue ${QueueName.MATCHING}`);

  constructor(@InjectQueue(QueueName.MATCHING) private readonly matching: Queue) {}

  onModuleInit(): void {
    logQueueErrors(this.matching, this.logger);
  }
}
