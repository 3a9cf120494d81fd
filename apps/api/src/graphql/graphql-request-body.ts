import { type FastifyInstance } from 'fastify';

type Body = Record<string, unknown>;

/**
 * GraphQL over HTTP, before Mercurius reads a POST body (the batch's bodies too):
 * - a null `extensions` means none, and is left out: the specification says a server MUST accept
 *   it, which Mercurius' body schema refuses (`body/extensions must be object`, 400); `variables`
 *   and `operationName` may already be null;
 * - a `query` that is not a string (a number, a boolean) is refused with 400 and
 *   GRAPHQL_VALIDATION_FAILED, as Mercurius refuses an object: it took one for a parsed document,
 *   and failed in validation (INTERNAL_SERVER_ERROR).
 */
export function checkGraphQLRequestBody(fastify: FastifyInstance, path: string): void {
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith(path)) return;
    const bodies: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
    for (const body of bodies) {
      if (!body || typeof body !== 'object') continue;
      if ((body as Body).extensions === null) delete (body as Body).extensions;
      const query = (body as Body).query;
      if (query !== undefined && query !== null && typeof query !== 'string') {
        return reply.code(400).send({
          data: null,
          errors: [
            {
              message: 'body/query must be string',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        });
      }
    }
  });
}
