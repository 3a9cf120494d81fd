import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * Paths the API itself answers: an unknown path under one of them is a 404, never the web app
 * (a client asking for /graphql/x or /health/nope must not get an HTML page with status 200).
 */
const API_PATHS = /^\/(graphql|graphiql|health|metrics|export|admin|assets)(\/|\?|$)/;

/**
 * Security headers of the web app's pages. Mantine sets CSS variables in a <style> element and
 * inline styles on components, hence 'unsafe-inline' for styles only; scripts come from the app's
 * own files. connect-src 'self' covers /graphql and its WebSocket on the same origin.
 */
const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Where the built web app is: WEB_DIST_DIR, else dist/web of the working directory. */
export function webDistDir(environment: NodeJS.ProcessEnv = process.env): string {
  return resolve(environment.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'web'));
}

function wantsPage(request: FastifyRequest): boolean {
  return !API_PATHS.test(request.url);
}

/**
 * Serves the single-page web app (apps/web, built by `npm run build:web`) from the API's origin:
 * its files under their own paths (hashed assets cached for a year, index.html never), and
 * index.html for every other GET that is not an API path, so a client-side route survives a
 * reload or a shared link. Registered after the rate limit, so the limit applies to these routes
 * too. Without a build (tests, `npm run start:api` before `build:web`) nothing is registered and
 * the API answers as before.
 */
export async function registerWebApp(
  fastify: FastifyInstance,
  root = webDistDir(),
  logger = new Logger('WebApp'),
): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) {
    logger.log(`No web app at ${root} (build it with npm run build:web); serving the API only`);
    return false;
  }
  await fastify.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root,
      // One route per built file (read once at start), so GET /* below stays free for pages.
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        reply
          .header(
            'cache-control',
            path.startsWith(join(root, 'assets'))
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          )
          .header('x-content-type-options', 'nosniff');
      },
    });
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!wantsPage(request)) return reply.callNotFound();
      for (const [name, value] of Object.entries(PAGE_HEADERS)) reply.header(name, value);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    };
    scope.get('/', page);
    scope.get('/*', page);
  });
  return true;
}
