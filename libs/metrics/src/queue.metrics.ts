import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';

import { QueueName } from '@app/queue';

import { METRIC_PREFIX, type ScrapeTimeMetrics } from './metrics.registry';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/**
 * Jobs of the matching queue by state, read from Redis at scrape time: every instance reports the
 * same shared numbers (aggregate with max, not sum).
 */
@Injectable()
export class QueueMetrics implements ScrapeTimeMetrics {
  private readonly jobs: Gauge<'queue' | 'state'>;

  constructor(
    registry: Registry,
    @InjectQueue(QueueName.MATCHING) private readonly matching: Queue,
  ) {
    this.jobs = new Gauge({
      name: `${METRIC_PREFIX}queue_jobs`,
      help: 'Jobs in a queue by state, at scrape time',
      labelNames: ['queue', 'state'],
      registers: [registry],
    });
  }

  async refresh(): Promise<void> {
    const counts = await this.matching.getJobCounts(...JOB_STATES);
    for (const state of JOB_STATES)
      this.jobs.set({ queue: QueueName.MATCHING, state }, counts[state] ?? 0);
  }
}
