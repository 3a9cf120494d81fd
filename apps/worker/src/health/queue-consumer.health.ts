import { Injectable } from '@nestjs/common';
import { type HealthCheckAttempt, HealthIndicatorService } from '@nestjs/terminus';

import { timedCheck } from '@app/health';
import { MatchingProcessor } from '@app/match-runs';

/** Long enough for the worker's first connection to Redis; a probe should not hang on it. */
const CONSUMER_CHECK_TIMEOUT_MS = 1_000;

/**
 * Up while the matching queue's BullMQ worker takes jobs: running, neither paused nor closing
 * (a SIGTERM closes it before the process exits), and its Redis connections ready.
 */
@Injectable()
export class QueueConsumerHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly processor: MatchingProcessor,
  ) {}

  consumingCheck<Key extends string>(key: Key): HealthCheckAttempt<Key> {
    return timedCheck(this.health, key, CONSUMER_CHECK_TIMEOUT_MS, async () => {
      // Throws until @nestjs/bullmq has created the worker.
      const worker = this.processor.worker;
      if (worker.closing) throw new Error(`worker of queue ${worker.name} is closing`);
      // Paused first: a paused worker is not running either.
      if (worker.isPaused()) throw new Error(`worker of queue ${worker.name} is paused`);
      if (!worker.isRunning()) throw new Error(`worker of queue ${worker.name} is not running`);
      const backend = worker.getBackend();
      for (const [connection, client] of [
        ['connection', backend.client],
        ['blocking connection', backend.blockingClient],
      ] as const) {
        const status = client ? (await client).status : 'missing';
        if (status !== 'ready') throw new Error(`worker Redis ${connection} ${status}`);
      }
      return { queue: worker.name };
    });
  }
}
