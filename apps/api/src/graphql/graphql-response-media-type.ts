import { type FastifyInstance } from 'fastify';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` gets its response
 * in that media type; others keep `application/json`.
 */
export function negotiateGraphQLResponseType(fastify: FastifyInstance, path: string): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith(path)) return payload;
    const accept = request.headers.accept ?? '';
    const type = String(reply.getHeader('content-type') ?? '');
    if (accept.includes(GRAPHQL_RESPONSE) && type.startsWith('application/json')) {
      reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    }
    return payload;
  });
}
