import { Injectable } from '@nestjs/common';
import { type HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { MigrationsHealthIndicator } from './migrations.health';
import { RedisHealthIndicator } from './redis.health';

/** What both the API and the worker need before they take work. */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
  ) {}

  /** PostgreSQL answers, Redis answers, and the schema is as new as the code. */
  dependencies(): HealthIndicatorFunction[] {
    return [
      () => this.postgres.pingCheck('postgres'),
      () => this.redis.pingCheck('redis'),
      () => this.migrations.pendingCheck('migrations'),
    ];
  }
}
