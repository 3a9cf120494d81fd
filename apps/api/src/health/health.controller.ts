import { Controller, Get } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';

import { ReadinessChecks } from '@app/health';

/**
 * Plain HTTP routes for probes, outside GraphQL (the access guard only guards GraphQL). 200 when
 * every check is up, 503 naming the ones that are not.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessChecks,
  ) {}

  /** The process answers. No dependency checks: a database outage must not get it restarted. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** PostgreSQL and Redis answer and no migration is pending: send it requests. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.readiness.dependencies());
  }
}
