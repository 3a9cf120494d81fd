import { Injectable } from '@nestjs/common';
import { Registry } from 'prom-client';

import { MatchRunMetrics } from './match-run.metrics';
import { QueueMetrics } from './queue.metrics';

/** The Prometheus text of every metric, the scrape-time ones read afresh. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly registry: Registry,
    private readonly queue: QueueMetrics,
    private readonly runs: MatchRunMetrics,
  ) {}

  get contentType(): string {
    return this.registry.contentType;
  }

  async scrape(): Promise<string> {
    await Promise.all([this.queue.refresh(), this.runs.refresh()]);
    return this.registry.metrics();
  }
}
