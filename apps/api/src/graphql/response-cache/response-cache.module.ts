import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyInstance } from 'fastify';
import { type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { AuthModule, TokensService } from '@app/auth';
import { AppConfig } from '@app/config';

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

  /** On the pool itself, prepared once per connection: this runs on every cacheable request. */
  private async readSnapshot(): Promise<string> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query<{ snapshot: string }>({
      name: 'response_cache_snapshot',
      text: 'SELECT pg_current_snapshot()::text AS snapshot',
    });
    return rows[0].snapshot;
  }
}
