import { Controller, Get } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';

import { ReadinessChecks } from '@app/health';

import { QueueConsumerHealthIndicator } from './queue-consumer.health';

/** The worker's only HTTP routes, on WORKER_HEALTH_PORT: 200 when up, 503 naming what is not. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessChecks,
    private readonly consumer: QueueConsumerHealthIndicator,
  ) {}

  /** The process answers; no dependency checks, so an outage does not get it restarted. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** PostgreSQL, Redis and the migrations as for the API, and the queue is being consumed. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      ...this.readiness.dependencies(),
      () => this.consumer.consumingCheck('queue'),
    ]);
  }
}
