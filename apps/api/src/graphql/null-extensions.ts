import { type FastifyInstance } from 'fastify';

type Body = Record<string, unknown>;

/**
 * GraphQL over HTTP: a request's `extensions` may be null ("MUST" accept), which Mercurius' body
 * schema refuses (`body/extensions must be object`, status 400). A null `extensions` means none,
 * so it is left out before the schema reads the body (of a batch too). `variables` and
 * `operationName` may already be null.
 */
export function acceptNullExtensions(fastify: FastifyInstance, path: string): void {
  fastify.addHook('preValidation', async (request) => {
    if (request.method !== 'POST' || !request.url.startsWith(path)) return;
    const bodies: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
    for (const body of bodies) {
      if (body && typeof body === 'object' && (body as Body).extensions === null) {
        delete (body as Body).extensions;
      }
    }
  });
}
