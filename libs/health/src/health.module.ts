import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { QueueModule } from '@app/queue';

import { MigrationsHealthIndicator } from './migrations.health';
import { ReadinessChecks } from './readiness-checks';
import { RedisHealthIndicator } from './redis.health';

/**
 * Terminus and the checks the apps share. Each app declares HealthController (/health/live and
 * /health/ready) in its own module; the worker adds its queue consumer (APP_READINESS_CHECKS).
 */
@Module({
  imports: [TerminusModule, QueueModule],
  providers: [RedisHealthIndicator, MigrationsHealthIndicator, ReadinessChecks],
  exports: [TerminusModule, RedisHealthIndicator, MigrationsHealthIndicator, ReadinessChecks],
})
export class HealthModule {}
