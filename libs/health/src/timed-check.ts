import { type HealthCheckAttempt, type HealthIndicatorService } from '@nestjs/terminus';

/**
 * A health check that is down when `probe` throws (its message says why) or takes longer than
 * `timeoutMs`: a probe must not hang on a dependency that does not answer.
 */
export function timedCheck<Key extends string>(
  health: HealthIndicatorService,
  key: Key,
  timeoutMs: number,
  probe: () => Promise<Record<string, unknown> | void>,
): HealthCheckAttempt<Key> {
  return health.check(key).attempt(probe).withTimeout(timeoutMs);
}
