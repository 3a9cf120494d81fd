import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';

import { AuthModule, TokensService } from '@app/auth';
import { AppConfig } from '@app/config';

import { GRAPHQL_PATH } from '../graphql-options.factory';
import { snapshotFreshness, tablesFreshness, TableWritesPruner } from './freshness';
import { registerResponseCache } from './response-cache';

/** How often `table_writes` is pruned (freshness.ts): rows older than one interval go. */
const PRUNE_INTERVAL_MS = 60_000;

/**
 * The GraphQL answer cache (response-cache.ts), unless RESPONSE_CACHE_MAX_BYTES is 0; and, in
 * every case, the pruning of `table_writes`, which the triggers fill whether a cache reads it or
 * not.
 */
@Module({ imports: [AuthModule] })
export class ResponseCacheModule implements OnModuleInit, OnModuleDestroy {
  readonly pruner: TableWritesPruner;
  private pruning: NodeJS.Timeout | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokensService,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.pruner = new TableWritesPruner(dataSource);
  }

  /** Before the app listens: Fastify hooks must be added before it is ready. */
  onModuleInit(): void {
    this.pruning = setInterval(() => {
      // A failed pruning (the database restarting) is tried again at the next interval.
      this.pruner.prune().catch(() => undefined);
    }, PRUNE_INTERVAL_MS).unref();
    if (this.config.responseCacheMaxBytes === 0) return;
    // The GraphQL module's, not exported to this one; its schema exists once the app is built.
    const schemaHost = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    registerResponseCache(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), {
      path: GRAPHQL_PATH,
      maxBytes: this.config.responseCacheMaxBytes,
      tokens: this.tokens,
      schema: () => schemaHost.schema,
      freshness:
        this.config.responseCacheInvalidation === 'snapshot'
          ? snapshotFreshness(this.dataSource)
          : tablesFreshness(this.dataSource),
    });
  }

  onModuleDestroy(): void {
    clearInterval(this.pruning);
  }
}
