import fastifyRateLimit from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';

import { type AppConfig } from '@app/config';

import { RefusalCode, RequestRefusal } from './request-refusal';

/** While Redis is unreachable, try again after 200 ms, 400 ms … and then every 2 s. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/** A counter update slower than this lets the request through (Redis overloaded or cut off). */
const COMMAND_TIMEOUT_MS = 1_000;
/** The limiter says it is not counting at most once per this interval. */
const WARNING_INTERVAL_MS = 30_000;
/** How long start-up waits for the limiter's Redis connection before going on without it. */
const CONNECT_WAIT_MS = 1_000;

/** Keys of the API rate limit's counters: one per client address and window. */
export function rateLimitKeyPrefix(config: AppConfig): string {
  return `${config.queuePrefix}:rate-limit:`;
}

/**
 * Limits the requests of each client address (as TRUST_PROXY reads it) to RATE_LIMIT_MAX per
 * RATE_LIMIT_WINDOW_MS over every route registered after it (@fastify/rate-limit, in onRequest:
 * before the body is read). The counters live in Redis under the queue prefix, so all API
 * instances share them and test runs never do. Over the limit: 429 with Retry-After and a
 * GraphQL-shaped body (code RATE_LIMITED, retryAfterSeconds).
 *
 * If Redis is unreachable the limiter lets every request through rather than taking the API down
 * (skipOnError; commands fail at once while disconnected), and logs a warning at most every 30 s.
 */
export async function registerRateLimit(
  fastify: FastifyInstance,
  config: AppConfig,
  logger = new Logger('RateLimit'),
): Promise<void> {
  if (config.rateLimitMax === 0) return;
  const redis = new Redis(config.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
  let lastWarning = -Infinity;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastWarning < WARNING_INTERVAL_MS) return;
    lastWarning = Date.now();
    logger.warn(`Requests are not rate-limited while Redis is unavailable: ${error.message}`);
  });
  redis.on('ready', () => {
    if (lastWarning === -Infinity) return;
    lastWarning = -Infinity;
    logger.log('Redis is back; requests are rate-limited again');
  });
  fastify.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  // Without the offline queue, requests before the connection is ready would not be counted.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  await fastify.register(fastifyRateLimit, {
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    redis,
    nameSpace: rateLimitKeyPrefix(config),
    skipOnError: true,
    // Health probes come every few seconds from the orchestrator; refusing them would restart
    // or unroute a healthy instance.
    allowList: (request) => request.url.startsWith('/health/'),
    errorResponseBuilder: (_request, context) => {
      // The same whole seconds as the Retry-After header the plugin sets.
      const retryAfterSeconds = Math.ceil(context.ttl / 1000);
      return new RequestRefusal(
        429,
        RefusalCode.RATE_LIMITED,
        `Too many requests: at most ${context.max} per ${config.rateLimitWindowMs / 1000} s from one address; try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    },
  });
}
