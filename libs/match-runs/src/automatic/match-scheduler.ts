import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type Queue } from 'bullmq';

import { AutomaticMatching } from '@app/common';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { currentRequestId } from '@app/request-context';

import { MatchingJobName, type MatchRunJobData } from '../jobs/matching-jobs';

/** All automatic runs share one deduplication id: at most one is waiting at any time. */
export const AUTOMATIC_RUN_DEDUPLICATION_ID = 'automatic-match-run';

/**
 * Schedules an automatic match run after a change to gaps, offers or proposals. BullMQ's debounce
 * mode (deduplication with ttl, extend and replace on a delayed job) turns many changes within
 * MATCH_DEBOUNCE_MS into one run, which starts MATCH_DEBOUNCE_MS after the last of them.
 */
@Injectable()
export class MatchScheduler implements AutomaticMatching {
  private readonly logger = new Logger(MatchScheduler.name);

  constructor(
    private readonly config: AppConfig,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue<MatchRunJobData>,
  ) {}

  /**
   * Never throws: the change that asked for the run is already committed, and the next change or
   * a manual run will match it if the queue is unreachable now (logged as a warning).
   */
  async schedule(reason: string): Promise<void> {
    if (!this.config.autoMatch) return;
    const runId = randomUUID();
    const delay = this.config.matchDebounceMs;
    try {
      await this.queue.add(
        MatchingJobName.MATCH_RUN,
        { runId, automatic: { reason }, requestId: currentRequestId() },
        {
          jobId: runId,
          delay,
          deduplication:
            delay > 0
              ? { id: AUTOMATIC_RUN_DEDUPLICATION_ID, ttl: delay, extend: true, replace: true }
              : undefined,
        },
      );
    } catch (error) {
      this.logger.warn(
        `Could not schedule an automatic match run (${reason}): ${(error as Error).message}`,
      );
    }
  }
}
