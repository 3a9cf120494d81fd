import { type ClsStore, type Terminal } from 'nestjs-cls';

import { type RequestContext } from './request-context';

/** The GraphQL root field being resolved: `mutation` + `createGap`, `query` + `gaps`… */
export interface GraphQLOperation {
  type: 'query' | 'mutation' | 'subscription';
  name: string;
}

/**
 * What nestjs-cls keeps for one HTTP request, in an AsyncLocalStorage that follows it through
 * guards, resolvers, services and TypeORM subscribers: the place the audit subscriber, which
 * TypeORM calls without arguments of ours, finds the request's RequestContext. Code that can take
 * the context as an argument takes it as an argument. Absent outside a request (worker, CLI,
 * WebSocket messages).
 */
export interface RequestContextStore extends ClsStore {
  /** From a sane incoming `x-request-id` header, else a new UUID; echoed in the response. */
  requestId: string;
  /**
   * Set by the access guard for each root field (the same object for the whole request).
   * Terminal: nestjs-cls types no `requestContext.manager.…` key paths (far too deep).
   */
  requestContext?: Terminal<RequestContext>;
  /** Set by `GraphQLOperationInterceptor` for each root field. */
  operation?: GraphQLOperation;
}
