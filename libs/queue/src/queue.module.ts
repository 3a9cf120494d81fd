import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { AppConfig } from '@app/config';

import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';

/**
 * BullMQ on the configured Redis. `QUEUE_PREFIX` namespaces every key, so test runs and
 * deployments sharing one Redis never see each other's jobs.
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.MATCHING }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
