import { type FastifyInstance, type FastifyRequest } from 'fastify';

import { type GraphQLMetrics, UNKNOWN_OPERATION } from '@app/metrics';

/** The operation label of each GraphQL request, set once Mercurius has parsed its document. */
const operations = new WeakMap<FastifyRequest, string>();
/** The error codes of each GraphQL answer, read from its body as it is sent. */
const errorCodes = new WeakMap<FastifyRequest, string[]>();
/** Answers whose codes were read from the object, before it was written as JSON. */
const readBeforeSerialising = new WeakSet<FastifyRequest>();

export function labelOperation(request: FastifyRequest, label: string): void {
  operations.set(request, label);
}

export function operationLabelOf(request: FastifyRequest): string {
  return operations.get(request) ?? UNKNOWN_OPERATION;
}

/**
 * Counts every answer of the GraphQL route, from Fastify's hooks rather than Mercurius': refusals
 * before GraphQL runs (rate limit, body too large, unparsable or invalid document) are answers
 * too, with their codes. Latency is Fastify's, from the request's arrival to the answer's end.
 */
export function recordGraphQLRequests(
  fastify: FastifyInstance,
  path: string,
  metrics: GraphQLMetrics,
): void {
  const isGraphQL = (request: FastifyRequest) => request.routeOptions.url === path;
  // An answer sent as an object (GraphQL's, most refusals) is read before it is serialised: a
  // look at its `errors`, not a scan of the 77 kB a gap page is once written.
  fastify.addHook('preSerialization', async (request, _reply, payload: unknown) => {
    if (!isGraphQL(request)) return payload;
    readBeforeSerialising.add(request);
    const codes = codesOfAnswer(payload);
    if (codes.length > 0) errorCodes.set(request, codes);
    return payload;
  });
  fastify.addHook('onSend', async (request, _reply, payload) => {
    if (
      isGraphQL(request) &&
      !readBeforeSerialising.has(request) &&
      typeof payload === 'string' &&
      payload.includes('"errors"')
    )
      errorCodes.set(request, codesOf(payload));
    return payload;
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (!isGraphQL(request)) return;
    const codes =
      errorCodes.get(request) ?? (reply.statusCode >= 400 ? [`HTTP_${reply.statusCode}`] : []);
    metrics.observe(operations.get(request) ?? UNKNOWN_OPERATION, reply.elapsedTime / 1000, codes);
  });
}

type Answer = { errors?: { extensions?: { code?: unknown } }[] } | null;

function codesOfAnswer(answer: unknown): string[] {
  const errors = (answer as Answer)?.errors;
  return Array.isArray(errors)
    ? errors.map(({ extensions }) =>
        typeof extensions?.code === 'string' ? extensions.code : 'NONE',
      )
    : [];
}

function codesOf(payload: string): string[] {
  try {
    return codesOfAnswer(JSON.parse(payload));
  } catch {
    return [];
  }
}
