import { type ClsService, type ClsStore } from 'nestjs-cls';

/** Who a request acts as; set by the authentication guard once the caller is known. */
export interface RequestActor {
  userId: string;
  email: string;
  role: string;
  /** ISO3 of the member state a DONOR or TPCC acts for; null for other roles. */
  memberState: string | null;
}

/** The GraphQL root field being resolved: `mutation` + `createGap`, `query` + `gaps`… */
export interface GraphQLOperation {
  type: 'query' | 'mutation' | 'subscription';
  name: string;
}

/**
 * What the code handling one HTTP request knows about it, without passing it down by hand:
 * nestjs-cls keeps it in an AsyncLocalStorage that follows the request through guards, resolvers,
 * services and TypeORM subscribers. Absent outside a request (worker, CLI, WebSocket messages).
 */
export interface RequestContextStore extends ClsStore {
  /** From a sane incoming `x-request-id` header, else a new UUID; echoed in the response. */
  requestId: string;
  /** Undefined until the authentication guard sets it: the request is anonymous. */
  actor?: RequestActor;
  /** Set by `GraphQLOperationInterceptor` for each root field. */
  operation?: GraphQLOperation;
}

/** Inject `ClsService` and type it with this: `cls: RequestContext`. */
export type RequestContext = ClsService<RequestContextStore>;
