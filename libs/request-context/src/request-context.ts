import { randomUUID } from 'node:crypto';

import { type EntityManager } from 'typeorm';

import { RequestLoaders, UnauthenticatedError } from '@app/common';

import { type Actor } from './actor';

/** What a context was built for: an API request, a queue job, or the system itself (CLI). */
export type RequestOrigin = 'request' | 'job' | 'system';

/** A context bound to an open transaction: `manager` is the transaction's. */
export type TransactionContext = RequestContext & { readonly manager: EntityManager };

/**
 * Who is acting and on what behalf, passed explicitly as the first argument of service methods
 * (as Vendure's `ctx`): built once per API request by the access guard, once per job by the
 * worker, once per command by the CLI. A service that opens a transaction passes
 * `ctx.withManager(manager)` down, so helpers it calls (an import's row checks) run in it, and
 * decides ownership there, on the rows it loaded.
 */
export class RequestContext {
  private constructor(
    readonly origin: RequestOrigin,
    /** The signed-in user; null for the system and jobs, and for a request not signed in. */
    readonly actor: Actor | null,
    /** The HTTP request's id; for a job, the id of the request that queued it (or the job's). */
    readonly requestId: string,
    /** The request's DataLoaders (batching and caching stay within one request). */
    readonly loaders: RequestLoaders,
    /** The open transaction's manager, when the context was bound to one (`withManager`). */
    readonly manager?: EntityManager,
  ) {}

  /** An API request, signed in (`actor`) or not (null: public fields such as `login`). */
  static forRequest(options: {
    actor: Actor | null;
    requestId: string;
    loaders?: RequestLoaders;
  }): RequestContext {
    return new RequestContext(
      'request',
      options.actor,
      options.requestId,
      options.loaders ?? new RequestLoaders(),
    );
  }

  /** A queue job: no user acts; its request id is that of the request that queued it, if any. */
  static forJob(jobId: string, requestId?: string): RequestContext {
    return new RequestContext('job', null, requestId ?? jobId, new RequestLoaders());
  }

  /** The system itself (the CLI, demo seeding): trusted, no user. */
  static forSystem(): RequestContext {
    return new RequestContext('system', null, randomUUID(), new RequestLoaders());
  }

  /** The signed-in user; UNAUTHENTICATED when there is none. */
  requireActor(): Actor {
    if (!this.actor) throw new UnauthenticatedError();
    return this.actor;
  }

  /**
   * The user whose rights a policy checks: null for trusted code (jobs, the CLI), which may do
   * anything; for a request, its signed-in user (UNAUTHENTICATED if none, so a public field can
   * never pass for trusted code).
   */
  actorToCheck(): Actor | null {
    return this.origin === 'request' ? this.requireActor() : null;
  }

  /** The same context bound to a transaction. */
  withManager(manager: EntityManager): TransactionContext {
    return new RequestContext(
      this.origin,
      this.actor,
      this.requestId,
      this.loaders,
      manager,
    ) as TransactionContext;
  }
}
