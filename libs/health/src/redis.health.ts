import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type HealthCheckAttempt, HealthIndicatorService } from '@nestjs/terminus';
import { timedCheck } from './timed-check';
import { type Queue } from 'bullmq';
import { type Redis } from 'ioredis';

import { QueueName } from '@app/queue';

/** How long a ping may take before Redis counts as down; a probe should not hang on it. */
export const REDIS_PING_TIMEOUT_MS = 1_000;

/**
 * Pings Redis over the connection the matching queue adds jobs through, the one `startMatchRun`
 * and automatic runs depend on, rather than over a connection of its own.
 */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
  ) {}

  pingCheck<Key extends string>(key: Key): HealthCheckAttempt<Key> {
    return timedCheck(this.health, key, REDIS_PING_TIMEOUT_MS, async () => {
      // Pending until the first connection succeeds: the timeout bounds it.
      const client = await this.queue.getBackend().client;
      if (client.status !== 'ready') throw new Error(`Redis connection ${client.status}`);
      // BullMQ's client interface leaves PING out; underneath it is an ioredis client.
      await (client as unknown as Redis).ping();
    });
  }
}
