import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';

import { GraphQLMetrics, MetricsModule } from '@app/metrics';

import { GRAPHQL_PATH } from '../graphql/graphql-options.factory';
import { recordGraphQLRequests } from './graphql-request-metrics';
import { MetricsController } from './metrics.controller';

/** GET /metrics, and the Fastify hooks that count the GraphQL requests. */
@Module({
  imports: [MetricsModule],
  controllers: [MetricsController],
})
export class ApiMetricsModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly graphqlMetrics: GraphQLMetrics,
  ) {}

  /** Before the app listens: Fastify hooks must be added before it is ready. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    recordGraphQLRequests(fastify, GRAPHQL_PATH, this.graphqlMetrics);
  }
}
