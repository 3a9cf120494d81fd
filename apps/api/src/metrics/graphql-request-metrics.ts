import { type FastifyInstance, type FastifyRequest } from 'fastify';

import { type GraphQLMetrics, UNKNOWN_OPERATION } from '@app/metrics';

/** The operation label of each GraphQL request, set once Mercurius has parsed its document. */
const operations = new WeakMap<FastifyRequest, string>();
/** The error codes of each GraphQL answer, read from its body as it is sent. */
const errorCodes = new WeakMap<FastifyRequest, string[]>();

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
  fastify.addHook('onSend', async (request, _reply, payload) => {
    if (isGraphQL(request) && typeof payload === 'string' && payload.includes('"errors"'))
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

function codesOf(payload: string): string[] {
  try {
    const body = JSON.parse(payload) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).map(({ extensions }) =>
      typeof extensions?.code === 'string' ? extensions.code : 'NONE',
    );
  } catch {
    return [];
  }
}
