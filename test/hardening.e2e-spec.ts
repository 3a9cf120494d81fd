import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';

import { gapInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';

/** Every hardening variable at its default unless the test says otherwise. */
const DEFAULTS = Object.fromEntries(
  [
    'RATE_LIMIT_MAX',
    'RATE_LIMIT_WINDOW_MS',
    'BODY_LIMIT_BYTES',
    'QUERY_MAX_DEPTH',
    'QUERY_MAX_COST',
    'QUERY_MAX_ALIASES',
    'QUERY_MAX_ROOT_FIELDS',
    'QUERY_MAX_TOKENS',
    'JWT_SECRET',
  ].map((name) => [name, '']),
);

/**
 * process.env keeps the overrides of the previous API of this file (an empty value counts as
 * unset), so every API starts from the defaults.
 */
function start(overrides: Record<string, string> = {}): Promise<TestApi> {
  return startTestApi({ ...DEFAULTS, ...overrides });
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

/** An anonymous POST: limits apply before anyone is signed in. */
async function post(api: TestApi, query: string, variables?: Record<string, unknown>) {
  return answer(
    await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  );
}

function tooComplex(measure: string, limit: number, actual: number | null) {
  return expect.objectContaining({
    message: expect.any(String),
    extensions: { code: 'QUERY_TOO_COMPLEX', measure, limit, actual },
  });
}

describe('hardening: rate limit, query limits, production mode, request size', () => {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const apis: TestApi[] = [];
  const track = async (started: Promise<TestApi>) => {
    const api = await started;
    apis.push(api);
    return api;
  };

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    redis.disconnect();
  });

  describe('API rate limit', () => {
    it('answers 429 with Retry-After and a GraphQL-shaped body once an address passes the limit', async () => {
      const api = await track(start({ RATE_LIMIT_MAX: '3' }));
      for (const remaining of [2, 1, 0]) {
        const ok = await post(api, '{ __typename }');
        expect(ok.status).toBe(200);
        expect(ok.headers.get('x-ratelimit-limit')).toBe('3');
        expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(remaining));
      }

      const limited = await post(api, '{ __typename }');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/^application\/json/);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.body).toEqual({
        errors: [
          {
            message: `Too many requests: at most 3 per 60 s from one address; try again in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
          },
        ],
      });

      // GET and the GraphQL-over-HTTP media type count the same.
      const viaGet = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      expect(viaGet.status).toBe(429);
      expect((await answer(viaGet)).body.errors![0].extensions!.code).toBe('RATE_LIMITED');

      // Health probes are never limited: an orchestrator must not see a healthy instance fail.
      const health = await fetch(api.url.replace(/\/graphql$/, '/health/live'));
      expect(health.status).toBe(200);

      // One counter per address, under this deployment's (this test file's) queue prefix.
      const keys = await redis.keys(`${api.queuePrefix}:rate-limit:*`);
      expect(keys).toEqual([`${api.queuePrefix}:rate-limit:127.0.0.1`]);
      expect(Number(await redis.get(keys[0]))).toBe(5);
    });

    it('shares counts between the API instances of a deployment, never with another deployment or test run', async () => {
      const first = await track(start({ RATE_LIMIT_MAX: '2' }));
      const sameDeployment = await track(
        start({ RATE_LIMIT_MAX: '2', QUEUE_PREFIX: first.queuePrefix }),
      );
      const otherRun = await track(start({ RATE_LIMIT_MAX: '2' }));
      expect(otherRun.queuePrefix).not.toBe(first.queuePrefix);

      expect((await post(first, '{ __typename }')).status).toBe(200);
      expect((await post(sameDeployment, '{ __typename }')).status).toBe(200);
      expect((await post(first, '{ __typename }')).status).toBe(429);
      expect((await post(sameDeployment, '{ __typename }')).status).toBe(429);
      expect((await post(otherRun, '{ __typename }')).status).toBe(200);
    });

    it('counts again once the window has passed', async () => {
      const api = await track(start({ RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW_MS: '1000' }));
      let status = 200;
      for (let attempt = 0; attempt < 5 && status !== 429; attempt += 1) {
        status = (await post(api, '{ __typename }')).status;
      }
      expect(status).toBe(429);
      const deadline = Date.now() + 5_000;
      while (status === 429 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await post(api, '{ __typename }')).status;
      }
      expect(status).toBe(200);
    });
  });

  describe('defaults: query limits, 1 MB bodies, development mode', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await track(start({ NODE_ENV: 'development' }));
    });

    it('refuses more than 20 aliases and more than 20 root fields', async () => {
      const aliases = Array.from({ length: 21 }, (_, index) => `a${index}: description`);
      const aliased = await post(api, `{ __schema { ${aliases.join(' ')} } }`);
      expect(aliased.status).toBe(400);
      expect(aliased.body.errors).toEqual([tooComplex('aliases', 20, 21)]);
      expect(aliased.body.errors![0].message).toBe('Operation uses 21 aliases; the limit is 20');
      expect((await post(api, `{ __schema { ${aliases.slice(1).join(' ')} } }`)).status).toBe(200);

      const wide = await post(api, `{ ${'__typename '.repeat(21)}}`);
      expect(wide.status).toBe(400);
      expect(wide.body.errors).toEqual([tooComplex('rootFields', 20, 21)]);
    });

    it('refuses a query costing more than 10000, counting connections by their first argument', async () => {
      const pages = Array.from(
        { length: 10 },
        (_, index) => `p${index}: gaps(first: $first) { edges { node {
          id title memberState { iso3 name regionName } mission { code location } } } }`,
      );
      const query = `query($first: Int) { ${pages.join(' ')} }`;
      // Each page: 1 + first × (edges 1 + node 1 + id, title 2 + memberState 4 + mission 3)
      const expensive = await post(api, query, { first: 100 });
      expect(expensive.status).toBe(400);
      expect(expensive.body.errors).toEqual([tooComplex('cost', 10_000, 11_010)]);
      expect(expensive.body.errors![0].message).toMatch(
        /^Query cost 11010 exceeds the limit of 10000 \(/,
      );
      // The same text with smaller pages passes: the cost is counted per request.
      const cheap = await api.graphql(query, { first: 5 });
      expect(cheap.status).toBe(200);
      expect(cheap.body.errors).toBeUndefined();
    });

    it('refuses fragments that expand to more fields than the cost limit, and over-long documents', async () => {
      const fragments = Array.from({ length: 15 }, (_, level) =>
        level === 14
          ? 'fragment F14 on __Type { name }'
          : `fragment F${level} on __Type { ...F${level + 1} ... on __Type { ...F${level + 1} } }`,
      );
      const bomb = await post(api, `{ __schema { queryType { ...F0 } } } ${fragments.join(' ')}`);
      expect(bomb.status).toBe(400);
      expect(bomb.body.errors).toEqual([tooComplex('cost', 10_000, null)]);

      const long = await post(api, `{ ${'__typename '.repeat(5_000)}}`);
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual([tooComplex('tokens', 5_000, null)]);
      expect(long.body.errors![0].message).toBe(
        'Query document is longer than the limit of 5000 tokens',
      );
    });

    it('applies the limits to subscriptions', async () => {
      const client = createClient({
        url: api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      try {
        const aliases = Array.from({ length: 21 }, (_, index) => `a${index}: id`);
        const updates = client.iterate({
          query: `subscription { matchRunsUpdated { ${aliases.join(' ')} } }`,
        });
        await expect(updates.next()).rejects.toEqual([tooComplex('aliases', 20, 21)]);
      } finally {
        await client.dispose();
      }
    });

    it('reads 1 MB bodies by default', async () => {
      const pad = (size: number) =>
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size) } });
      const over = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: pad(1024 * 1024),
      });
      expect(over.status).toBe(413);
      expect((await answer(over)).body.errors![0].extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        limitBytes: 1024 * 1024,
      });
      const under = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: pad(1000 * 1000),
      });
      expect(under.status).toBe(200);
    });

    it('answers introspection and serves GraphiQL outside production', async () => {
      const introspection = await post(api, getIntrospectionQuery({ inputValueDeprecation: true }));
      expect(introspection.status).toBe(200);
      expect(introspection.body.errors).toBeUndefined();
      expect(introspection.body.data).toHaveProperty('__schema.queryType.name', 'Query');

      const ide = await fetch(api.url.replace(/\/graphql$/, '/graphiql'));
      expect(ide.status).toBe(200);
      expect(ide.headers.get('content-type')).toMatch(/^text\/html/);
    });
  });

  describe('configured limits', () => {
    let api: TestApi;
    const gapCount = async () =>
      Number((await api.dataSource.query('SELECT count(*) FROM capability_gaps'))[0].count);

    beforeAll(async () => {
      api = await track(
        start({ QUERY_MAX_DEPTH: '5', QUERY_MAX_ROOT_FIELDS: '1', QUERY_MAX_COST: '6' }),
      );
    });

    it('refuses a query deeper than QUERY_MAX_DEPTH, saying the limit and the depth', async () => {
      const shallow = await api.graphql(
        '{ gaps(first: 1) { edges { node { mission { code } } } } }',
      );
      expect(shallow.status).toBe(200);
      expect(shallow.body.errors).toBeUndefined();

      const deep = await api.graphql(
        '{ gaps(first: 1) { edges { node { mission { hostCountry { name } } } } } }',
      );
      expect(deep.status).toBe(400);
      expect(deep.body).toEqual({ data: null, errors: [tooComplex('depth', 5, 6)] });
      expect(deep.body.errors![0].message).toBe('Query depth 6 exceeds the limit of 5');
    });

    it('runs nothing of a mutation over a limit', async () => {
      const create = (fields: string) => `createGap(input: $input) { ${fields} }`;
      const before = await gapCount();

      // Two root fields: refused by validation.
      const wide = await api.graphql(
        `mutation($input: CreateGapInput!) { a: ${create('id')} b: ${create('id')} }`,
        { input: gapInput() },
      );
      expect(wide.status).toBe(400);
      expect(wide.body).toEqual({ data: null, errors: [tooComplex('rootFields', 1, 2)] });

      // Seven fields, each costing at least 1: refused by validation, before the cost is counted.
      const costly = await api.graphql(
        `mutation($input: CreateGapInput!) { ${create('id title memberState { iso3 name regionName }')} }`,
        { input: gapInput() },
      );
      expect(costly.status).toBe(400);
      expect(costly.body).toEqual({ data: null, errors: [tooComplex('cost', 6, null)] });
      expect(costly.body.errors![0].message).toBe(
        'Query cost exceeds the limit of 6: it selects 7 fields once fragments are expanded, each costing at least 1',
      );
      expect(await gapCount()).toBe(before);

      const cheap = await api.graphql(
        `mutation($input: CreateGapInput!) { ${create('id title memberState { iso3 }')} }`,
        { input: gapInput() },
      );
      expect(cheap.body.errors).toBeUndefined();
      expect(await gapCount()).toBe(before + 1);
    });
  });

  describe('production mode and request size', () => {
    let production: TestApi;

    beforeAll(async () => {
      production = await track(
        start({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), BODY_LIMIT_BYTES: '4096' }),
      );
    });

    it('refuses introspection and has no GraphiQL', async () => {
      for (const query of [
        '{ __schema { queryType { name } } }',
        '{ __type(name: "Query") { name } }',
      ]) {
        const refused = await post(production, query);
        expect(refused.status).toBe(400);
        expect(refused.body.errors![0]).toMatchObject({
          message: expect.stringMatching(/introspection has been disabled/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
      }
      expect((await post(production, '{ __typename }')).body).toEqual({
        data: { __typename: 'Query' },
      });
      expect((await fetch(production.url.replace(/\/graphql$/, '/graphiql'))).status).toBe(404);
    });

    it('answers 413 with a GraphQL-shaped body for a body over BODY_LIMIT_BYTES, sized or streamed', async () => {
      const refusal = {
        errors: [
          {
            message: 'Request body is larger than the limit of 4096 bytes',
            extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 4096 },
          },
        ],
      };
      const body = JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(5_000) },
      });
      const sized = await answer(
        await fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
      expect(sized.status).toBe(413);
      expect(sized.body).toEqual(refusal);

      const chunks = new TextEncoder().encode(body);
      const streamed = await answer(
        await fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              for (let offset = 0; offset < chunks.length; offset += 1_000) {
                controller.enqueue(chunks.slice(offset, offset + 1_000));
              }
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit),
      );
      expect(streamed.status).toBe(413);
      expect(streamed.body).toEqual(refusal);

      const small = JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(3_000) },
      });
      const fits = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: small,
      });
      expect(fits.status).toBe(200);
    });
  });
});
