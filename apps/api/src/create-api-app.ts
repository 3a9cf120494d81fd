import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

import { AppConfig, validateEnvironment } from '@app/config';

import { ApiModule } from './api.module';
import { GRAPHQL_PATH } from './graphql/graphql-options.factory';
import { negotiateGraphQLResponseType } from './graphql/graphql-response-media-type';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { registerRateLimit } from './hardening/rate-limit';

/**
 * Builds the API application, ready to listen; shared by main.ts and the e2e tests. Fastify reads
 * at most BODY_LIMIT_BYTES of a body (a larger one is answered with 413), takes the client address
 * from X-Forwarded-For only as TRUST_PROXY allows, and rate-limits every route per client address.
 */
export async function createApiApp(
  options: { logger?: LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  // Fastify's options are fixed before Nest (and its AppConfig provider) exists.
  const config = new AppConfig(validateEnvironment(process.env));
  const trust = config.trustProxy;
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // A hop count as Fastify reads one (Nest's typing of the option leaves numbers out).
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust,
  });
  negotiateGraphQLResponseType(adapter.getInstance(), GRAPHQL_PATH);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: options.logger,
  });
  await registerRateLimit(app.getHttpAdapter().getInstance(), config);
  app.useGlobalPipes(new InputValidationPipe());
  app.enableShutdownHooks();
  return app;
}
