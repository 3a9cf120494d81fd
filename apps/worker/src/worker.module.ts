import { BullModule } from '@nestjs/bullmq';
import { Logger, Module } from '@nestjs/common';
import { type Processor, Worker, type WorkerOptions } from 'bullmq';

import { AppConfig, AppConfigModule } from '@app/config';
import { APP_READINESS_CHECKS, HealthController, HealthModule } from '@app/health';
import { MatchJobsModule } from '@app/match-runs';
import { NotificationJobsModule, SmtpHealthIndicator } from '@app/notifications';
import { logQueueErrors, QueueModule, workerOptions } from '@app/queue';
import { DatabaseModule } from '@app/persistence';

import { QueueConsumerHealthIndicator } from './health/queue-consumer.health';

/**
 * The BullMQ worker class with this deployment's options (lock duration, a connection that waits
 * for Redis) and its 'error' events logged.
 */
function configuredWorkerClass(config: AppConfig): typeof Worker {
  return class ConfiguredWorker extends Worker {
    constructor(name: string, processor: string | URL | null | Processor, opts: WorkerOptions) {
      super(name, processor, { ...opts, ...workerOptions(config) });
      logQueueErrors(this, new Logger(`Worker ${name}`));
    }
  };
}

/**
 * @nestjs/bullmq builds the Worker of a `@Processor()` class from the queue's connection and
 * prefix plus the decorator's options, which can only be constants. Options from configuration
 * go in through its hook for the worker class instead (the one BullMQ Pro's WorkerPro uses). A
 * provider sets it: providers are created before the BullModule creates workers (on module init).
 */
const CONFIGURED_WORKER_CLASS = 'CONFIGURED_WORKER_CLASS';

/** The provider that sets it (also used by service tests that run the notification jobs). */
export const ConfiguredWorkerClass = {
  provide: CONFIGURED_WORKER_CLASS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => {
    const workerClass = configuredWorkerClass(config);
    BullModule.workerClass = workerClass;
    return workerClass;
  },
};

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    QueueModule,
    MatchJobsModule,
    NotificationJobsModule,
    HealthModule,
  ],
  // Served only where the module runs as an HTTP app (main.ts), not as an application context.
  controllers: [HealthController],
  providers: [
    ConfiguredWorkerClass,
    QueueConsumerHealthIndicator,
    {
      provide: APP_READINESS_CHECKS,
      inject: [QueueConsumerHealthIndicator, SmtpHealthIndicator],
      useFactory: (consumer: QueueConsumerHealthIndicator, smtp: SmtpHealthIndicator) => [
        () => consumer.consumingCheck('queue'),
        // Up even when the server is down ("degraded"): e-mails wait in the outbox.
        () => smtp.check('smtp'),
      ],
    },
  ],
})
export class WorkerModule {}
