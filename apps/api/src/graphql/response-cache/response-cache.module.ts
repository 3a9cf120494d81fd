import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';

import { AuthModule, TokensService } from '@app/auth';
import { AppConfig } from '@app/config';
import { preparedQuery } from '@app/persistence';

import { GRAPHQL_PATH } from '../graphql-options.factory';
import { registerResponseCache } from './response-cache';

/** The GraphQL answer cache (response-cache.ts), unless RESPONSE_CACHE_MAX_BYTES is 0. */
@Module({ imports: [AuthModule] })
export class ResponseCacheModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokensService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Before the app listens: Fastify hooks must be added before it is ready. */
  onModuleInit(): void {
    if (this.config.responseCacheMaxBytes === 0) return;
    registerResponseCache(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), {
      path: GRAPHQL_PATH,
      maxBytes: this.config.responseCacheMaxBytes,
      tokens: this.tokens,
      readSnapshot: () => this.readSnapshot(),
    });
  }

  /** Prepared once per connection: this runs on every cacheable request. */
  private async readSnapshot(): Promise<string> {
    const [row] = await preparedQuery<{ snapshot: string }>(
      this.dataSource,
      'SELECT pg_current_snapshot()::text AS snapshot',
    );
    return row.snapshot;
  }
}
