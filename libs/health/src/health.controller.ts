import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';

import { ReadinessChecks } from './readiness-checks';

/**
 * Checks an app adds to /health/ready beyond the shared ones (the worker: its queue consumer),
 * provided in the module that declares the controller.
 */
export const APP_READINESS_CHECKS = Symbol('APP_READINESS_CHECKS');

/**
 * GET /health/live and /health/ready of the API and the worker: plain HTTP routes for probes,
 * outside GraphQL (the access guard only guards GraphQL). 200 when every check is up, 503 naming
 * the ones that are not.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessChecks,
    @Optional()
    @Inject(APP_READINESS_CHECKS)
    private readonly appChecks: HealthIndicatorFunction[] = [],
  ) {}

  /** The process answers. No dependency checks: a database outage must not get it restarted. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** PostgreSQL and Redis answer, no migration is pending, and the app's own checks pass. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([...this.readiness.dependencies(), ...this.appChecks]);
  }
}
