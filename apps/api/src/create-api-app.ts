import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { mercuriusUpload } from 'mercurius-upload';
import { type DestinationStream } from 'pino';

import { AppConfig, validateEnvironment } from '@app/config';
import { createLogger, PinoNestLogger, serializeRequest } from '@app/logging';
import { requestIdOf } from '@app/request-context';

import { ApiModule } from './api.module';
import { GRAPHQL_PATH } from './graphql/graphql-options.factory';
import { negotiateGraphQLResponseType } from './graphql/graphql-response-media-type';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { checkGraphQLRequestBody } from './graphql/graphql-request-body';
import { registerRateLimit } from './hardening/rate-limit';
import { registerWebApp } from './web/web-app';

/** Health probes and metric scrapes: no request lines (their failures are logged by Nest). */
const UNLOGGED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Builds the API application, ready to listen; shared by main.ts and the e2e tests. Fastify reads
 * at most BODY_LIMIT_BYTES of a body (a larger one is answered with 413), takes the client address
 * from X-Forwarded-For only as TRUST_PROXY allows, and rate-limits every route per client address.
 * Everything logs through one pino logger (JSON lines; pretty in development): Fastify's line per
 * request and Nest's Logger, each with the request's id.
 */
export async function createApiApp(
  options: {
    logger?: LogLevel[] | false;
    logDestination?: DestinationStream;
    /** The built web app to serve at / (default: WEB_DIST_DIR, else dist/web). */
    webDistDir?: string;
  } = {},
): Promise<NestFastifyApplication> {
  // Fastify's options are fixed before Nest (and its AppConfig provider) exists.
  const config = new AppConfig(validateEnvironment(process.env));
  const trust = config.trustProxy;
  const logger = createLogger({
    app: 'api',
    levels: options.logger,
    pretty: config.nodeEnv === 'development',
    destination: options.logDestination,
  });
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // A hop count as Fastify reads one (Nest's typing of the option leaves numbers out).
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust,
    // Request lines without the query string (GET variables, export filters: client data).
    loggerInstance: logger.child({}, { serializers: { req: serializeRequest } }),
    // The request context's id (a sane x-request-id, else a new UUID), labelled as Nest's lines.
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Probes and scrapes come every few seconds and would drown the requests worth reading.
      disableRequestLogging: (request) => UNLOGGED_PATHS.test(request.url),
    }),
  });
  negotiateGraphQLResponseType(adapter.getInstance(), GRAPHQL_PATH);
  checkGraphQLRequestBody(adapter.getInstance(), GRAPHQL_PATH);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: new PinoNestLogger(logger),
  });
  await registerRateLimit(app.getHttpAdapter().getInstance(), config);
  // GraphQL multipart requests (importGaps, importOffers): one file, at most IMPORT_MAX_BYTES,
  // read by graphql-upload-minimal beside Fastify's BODY_LIMIT_BYTES, which applies to the rest.
  await app.register(mercuriusUpload, {
    maxFileSize: config.importMaxBytes,
    maxFiles: 1,
    maxFieldSize: config.bodyLimitBytes,
  });
  app.useGlobalPipes(new InputValidationPipe());
  // The web app (apps/web) at / when it is built; after the rate limit, which then covers it.
  await registerWebApp(app.getHttpAdapter().getInstance(), options.webDistDir);
  return app;
}
