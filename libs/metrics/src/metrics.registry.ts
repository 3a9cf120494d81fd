import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prefix of every metric the service exports. */
export const METRIC_PREFIX = 'lcm_';

/**
 * A registry of its own rather than prom-client's global one, so each Nest application (and each
 * test's) counts apart; with Node's process metrics (CPU, memory, event loop lag, GC).
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

/** Something read at scrape time (Redis, PostgreSQL) rather than counted as it happens. */
export interface ScrapeTimeMetrics {
  refresh(): Promise<void>;
}
