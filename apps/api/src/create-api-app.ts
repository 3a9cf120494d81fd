import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

import { ApiModule } from './api.module';
import { GRAPHQL_PATH } from './graphql/graphql-options.factory';
import { negotiateGraphQLResponseType } from './graphql/graphql-response-media-type';
import { InputValidationPipe } from './graphql/input-validation.pipe';

/** Builds the API application, ready to listen; shared by main.ts and the e2e tests. */
export async function createApiApp(
  options: { logger?: LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 1024 * 1024 });
  negotiateGraphQLResponseType(adapter.getInstance(), GRAPHQL_PATH);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: options.logger,
  });
  app.useGlobalPipes(new InputValidationPipe());
  app.enableShutdownHooks();
  return app;
}
