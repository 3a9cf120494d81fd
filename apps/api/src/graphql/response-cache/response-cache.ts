import { createHash } from 'node:crypto';

import { type FastifyInstance, type FastifyRequest } from 'fastify';

import { type TokensService } from '@app/auth';

import { labelOperation, operationLabelOf } from '../../metrics/graphql-request-metrics';
import { isCacheableOperation } from './cacheable-document';
import { SnapshotLru } from './snapshot-lru';

/** Says whether an answer came from the cache (`hit`) or was computed and kept (`miss`). */
export const RESPONSE_CACHE_HEADER = 'x-response-cache';

export interface ResponseCacheOptions {
  path: string;
  maxBytes: number;
  tokens: TokensService;
  /** `pg_current_snapshot()` as text: which transactions are committed right now. */
  readSnapshot(): Promise<string>;
}

interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Keeps the answers of read-only queries (cacheable-document.ts) per signed-in user, and answers
 * the same request again from memory while the database is in the same snapshot: no transaction
 * has committed since, so every row, and the answer, is the same. Any committed write, whatever it
 * touched, gives another snapshot and the next request is computed afresh; an answer is never
 * stale. A revoked or disabled account is a write too, so its cached answers die with it; an
 * expired or tampered token is refused before the cache is looked at.
 *
 * Runs as Fastify hooks on the GraphQL route: after the rate limit (onRequest) and body parsing,
 * before Mercurius. Answers with errors, and anything but 200, are never kept.
 */
export function registerResponseCache(
  fastify: FastifyInstance,
  options: ResponseCacheOptions,
): void {
  const cache = new SnapshotLru(options.maxBytes);
  const misses = new WeakMap<FastifyRequest, { key: string; snapshot: string }>();

  fastify.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path) return;
    const key = cacheKey(request, options.tokens);
    if (!key) return;
    const snapshot = await options.readSnapshot();
    const hit = cache.get(key, snapshot);
    if (hit) {
      labelOperation(request, hit.operation);
      reply.header('content-type', hit.contentType).header(RESPONSE_CACHE_HEADER, 'hit');
      return reply.send(hit.payload);
    }
    misses.set(request, { key, snapshot });
    reply.header(RESPONSE_CACHE_HEADER, 'miss');
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const miss = misses.get(request);
    if (!miss) return payload;
    misses.delete(request);
    if (reply.statusCode === 200 && typeof payload === 'string' && !payload.includes('"errors"')) {
      cache.set(miss.key, {
        snapshot: miss.snapshot,
        payload: Buffer.from(payload),
        contentType: String(reply.getHeader('content-type') ?? 'application/json'),
        operation: operationLabelOf(request),
      });
    }
    return payload;
  });
}

/**
 * The key of a cacheable request: the token's account and version, the media type asked for, the
 * operation and its variables. Null when the request is not cacheable: no valid access token, not
 * a read-only query of the cacheable root fields, or not a GraphQL request at all.
 */
function cacheKey(request: FastifyRequest, tokens: TokensService): string | null {
  const params = (request.method === 'GET' ? request.query : request.body) as
    GraphQLParams | undefined;
  if (request.method !== 'GET' && request.method !== 'POST') return null;
  if (!params || typeof params !== 'object' || typeof params.query !== 'string') return null;
  const operationName = params.operationName ?? undefined;
  if (operationName !== undefined && typeof operationName !== 'string') return null;
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return null;
  let account: { userId: string; version: number };
  try {
    account = tokens.verify(token, 'access');
  } catch {
    return null; // GraphQL answers it with UNAUTHENTICATED
  }
  if (!isCacheableOperation(params.query, operationName)) return null;
  return createHash('sha256')
    .update(
      JSON.stringify([
        account.userId,
        account.version,
        request.headers.accept ?? '',
        operationName ?? null,
        params.query,
        // GET carries variables as JSON text, POST as an object: either way, the same text.
        typeof params.variables === 'string'
          ? params.variables
          : JSON.stringify(params.variables ?? null),
      ]),
    )
    .digest('base64');
}
