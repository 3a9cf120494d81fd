import { createHash } from 'node:crypto';

import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type GraphQLSchema } from 'graphql';

import { type TokensService } from '@app/auth';

import { labelOperation, operationLabelOf } from '../../metrics/graphql-request-metrics';
import { AnswerLru } from './answer-lru';
import { readTablesOf } from './cacheable-document';
import { type Freshness } from './freshness';

/** How long a request waits for another computing the same answer before computing it too. */
const WAIT_FOR_COMPUTING_MS = 5_000;

/** Says whether an answer came from the cache (`hit`) or was computed and kept (`miss`). */
export const RESPONSE_CACHE_HEADER = 'x-response-cache';

export interface ResponseCacheOptions {
  path: string;
  maxBytes: number;
  tokens: TokensService;
  /** The executable schema, to learn which tables a document's fields read. */
  schema(): GraphQLSchema;
  freshness: Freshness;
}

interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Keeps the answers of read-only queries (cacheable-document.ts) per signed-in user, and answers
 * the same request again from memory while the database would give the same answer: with the
 * `tables` freshness (freshness.ts), while no write to a table the answer read (read-tables.ts)
 * has committed since it was read; an answer is never stale, and a client reads its own writes
 * (its write committed before it asks again). A revoked or disabled account is a write to
 * `users`, which every answer reads, so its cached answers die with it; an expired or tampered
 * token is refused before the cache is looked at.
 *
 * One statement per cacheable request: the current snapshot, and whether the kept answer (if
 * one) is still valid. A valid answer is sent; otherwise the request is computed and its answer
 * kept under the snapshot taken before computing it. Requests for an answer already being
 * computed wait for it (at most 5 s) and ask again: after a write, one request computes the page
 * and the others asking meanwhile get its answer, rather than all computing it at once.
 *
 * Runs as Fastify hooks on the GraphQL route: after the rate limit (onRequest) and body parsing,
 * before Mercurius. Answers with errors, and anything but 200, are never kept.
 */
export function registerResponseCache(
  fastify: FastifyInstance,
  options: ResponseCacheOptions,
): void {
  const cache = new AnswerLru(options.maxBytes);
  const misses = new WeakMap<
    FastifyRequest,
    { key: string; snapshot: string; tables: readonly string[] }
  >();
  /** Answers being computed, by key: settled once the computing request has answered. */
  const computing = new Map<string, { settled: Promise<void>; settle(): void }>();
  const settled = new WeakMap<FastifyRequest, () => void>();

  /** The kept answer under `key` if the database says it is still valid, and the snapshot. */
  async function validAnswer(key: string) {
    const kept = cache.peek(key);
    const state = await options.freshness.check(kept);
    return { answer: kept && state.fresh ? kept : undefined, kept, state };
  }

  fastify.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path) return;
    const cacheable = cacheKey(request, options.tokens, options.schema());
    if (!cacheable) return;
    const { key, tables } = cacheable;
    let { answer, kept, state } = await validAnswer(key);
    const running = !answer && computing.get(key);
    if (running) {
      // Another request is computing this answer (the first after a write): wait for it rather
      // than compute it again, then ask the database whether it is valid for this request too
      // (a write committed since it began, this client's own included, makes it a miss).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        running.settled,
        new Promise((resolve) => (timer = setTimeout(resolve, WAIT_FOR_COMPUTING_MS))),
      ]);
      clearTimeout(timer);
      ({ answer, kept, state } = await validAnswer(key));
    } else if (!answer && cache.peek(key) && cache.peek(key) !== kept) {
      // Computed and kept by another request while this one was asking: ask about that one.
      ({ answer, kept, state } = await validAnswer(key));
    }
    if (answer) {
      // Valid as of this snapshot too: nothing it read has been written in between.
      answer.snapshot = state.snapshot;
      cache.touch(key, answer);
      labelOperation(request, answer.operation);
      reply.header('content-type', answer.contentType).header(RESPONSE_CACHE_HEADER, 'hit');
      return reply.send(answer.payload);
    }
    if (kept) cache.delete(key, kept);
    misses.set(request, { key, snapshot: state.snapshot, tables });
    if (!computing.has(key)) {
      let settle!: () => void;
      const entry = {
        settled: new Promise<void>((resolve) => (settle = resolve)),
        settle: () => {
          if (computing.get(key) === entry) computing.delete(key);
          settle();
        },
      };
      computing.set(key, entry);
      settled.set(request, entry.settle);
    }
    reply.header(RESPONSE_CACHE_HEADER, 'miss');
  });

  // Whatever the outcome (answered, refused, client gone), the waiting requests go on.
  const release = async (request: FastifyRequest) => {
    settled.get(request)?.();
    settled.delete(request);
  };
  fastify.addHook('onResponse', release);
  fastify.addHook('onRequestAbort', release);

  fastify.addHook('onSend', async (request, reply, payload) => {
    const miss = misses.get(request);
    if (!miss) return payload;
    misses.delete(request);
    if (reply.statusCode === 200 && typeof payload === 'string' && !payload.includes('"errors"')) {
      cache.set(miss.key, {
        snapshot: miss.snapshot,
        tables: miss.tables,
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
 * operation and its variables; with the tables its answer reads. Null when the request is not
 * cacheable: no valid access token, not a read-only query of the cacheable root fields, or not a
 * GraphQL request at all.
 */
function cacheKey(
  request: FastifyRequest,
  tokens: TokensService,
  schema: GraphQLSchema,
): { key: string; tables: readonly string[] } | null {
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
  const tables = readTablesOf(schema, params.query, operationName);
  if (!tables) return null;
  const key = createHash('sha256')
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
  return { key, tables };
}
