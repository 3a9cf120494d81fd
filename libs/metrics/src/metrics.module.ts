import { Module } from '@nestjs/common';
import { Registry } from 'prom-client';

import { QueueModule } from '@app/queue';

import { GraphQLMetrics } from './graphql.metrics';
import { MatchRunMetrics } from './match-run.metrics';
import { createMetricsRegistry } from './metrics.registry';
import { MetricsService } from './metrics.service';
import { QueueMetrics } from './queue.metrics';

/** Prometheus metrics of the API: process, GraphQL requests, queue and match runs. */
@Module({
  imports: [QueueModule],
  providers: [
    { provide: Registry, useFactory: createMetricsRegistry },
    GraphQLMetrics,
    QueueMetrics,
    MatchRunMetrics,
    MetricsService,
  ],
  exports: [GraphQLMetrics, MetricsService],
})
export class MetricsModule {}
