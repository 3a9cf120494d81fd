import { type Logger } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';

import { AppConfig, validateEnvironment } from '@app/config';

import { registerRateLimit } from './rate-limit';

/**
 * The API's behaviour when Redis is down, on a bare Fastify instance: the whole API would not
 * shut down cleanly on an unreachable Redis (BullMQ's QueueEvents waits for it on close).
 */
describe('registerRateLimit without Redis', () => {
  it('lets every request through and warns once', async () => {
    const config = new AppConfig(
      validateEnvironment({ RATE_LIMIT_MAX: '1', REDIS_URL: 'redis://127.0.0.1:1' }),
    );
    const logger = { warn: jest.fn(), log: jest.fn() };
    const fastify = new FastifyAdapter().getInstance();
    await registerRateLimit(fastify, config, logger as unknown as Logger);
    fastify.get('/', async () => 'ok');
    try {
      for (let request = 0; request < 3; request += 1) {
        const response = await fastify.inject({ method: 'GET', url: '/' });
        expect(response.statusCode).toBe(200);
      }
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^Requests are not rate-limited while Redis is unavailable: .*ECONNREFUSED/,
        ),
      );
    } finally {
      await fastify.close();
    }
  });
});
