import { type IncomingMessage, type ServerResponse } from 'node:http';

import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule, type ClsService } from 'nestjs-cls';

import { GraphQLOperationInterceptor } from './graphql-operation.interceptor';
import { type RequestContextStore } from './request-context.store';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

/**
 * The request's async-local store (RequestContextStore): nestjs-cls's middleware opens it for
 * every HTTP request (before guards, so the access guard can put the RequestContext in it), with
 * the request id, which goes back in the `x-request-id` response header; the interceptor adds the
 * GraphQL operation.
 * ClsService is global: inject it anywhere as `ClsService<RequestContextStore>`.
 */
@Module({
  imports: [
    ClsModule.forRoot({
      global: true,
      middleware: {
        mount: true,
        setup: (cls: ClsService, req: IncomingMessage, res: ServerResponse) => {
          // The id Fastify's request log lines carry too (genReqId calls requestIdOf first).
          const requestId = requestIdOf(req);
          (cls as ClsService<RequestContextStore>).set('requestId', requestId);
          res.setHeader(REQUEST_ID_HEADER, requestId);
        },
      },
    }),
  ],
  providers: [{ provide: APP_INTERCEPTOR, useClass: GraphQLOperationInterceptor }],
})
export class RequestContextModule {}
