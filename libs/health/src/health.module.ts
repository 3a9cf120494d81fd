import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { QueueModule } from '@app/queue';

import { MigrationsHealthIndicator } from './migrations.health';
import { ReadinessChecks } from './readiness-checks';
import { RedisHealthIndicator } from './redis.health';

/**
 * Terminus and the checks the apps share; each app has its own controller for /health/live and
 * /health/ready (the worker adds a check of its queue consumer).
 */
@Module({
  imports: [TerminusModule, QueueModule],
  providers: [RedisHealthIndicator, MigrationsHealthIndicator, ReadinessChecks],
  exports: [TerminusModule, RedisHealthIndicator, MigrationsHealthIndicator, ReadinessChecks],
})
export class HealthModule {}
