import { createHash, timingSafeEqual } from 'node:crypto';

/** 200, or why GET /metrics is refused. */
export type MetricsAccess = 200 | 401 | 404;

/**
 * Who may read /metrics. With METRICS_TOKEN set: whoever sends it as a bearer token. Without:
 * anyone outside production (a local Prometheus), nobody in production (404, as if absent), so
 * forgetting the token never publishes the metrics.
 */
export function metricsAccess(
  config: { metricsToken?: string; isProduction: boolean },
  authorization: string | undefined,
): MetricsAccess {
  const expected = config.metricsToken;
  if (expected === undefined) return config.isProduction ? 404 : 200;
  const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  return given !== undefined && sameSecret(given, expected) ? 200 : 401;
}

/** Compared as digests in constant time, so the answer time tells nothing about the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
