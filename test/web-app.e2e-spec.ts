import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startTestApi, type TestApi } from './support/test-api';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';

/** The API serving a stand-in web build (index.html and one hashed asset) at its origin. */
describe('web app served by the API', () => {
  let api: TestApi;
  let origin: string;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'lcm-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    api = await startTestApi({ WEB_DIST_DIR: dist });
    origin = api.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with the security headers, never cached, rate-limited', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-ratelimit-limit')).toBe('600');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves index.html for a client-side route, so a reload or a shared link works', async () => {
    for (const path of ['/gaps', '/gaps/6f1c2b1e?status=OPEN&sort=PRIORITY', '/fr/offers/new']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves built assets with a long cache, and 404 for a missing one', async () => {
    const asset = await fetch(`${origin}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/gone-000.js`)).status).toBe(404);
  });

  it('leaves the API paths to the API: GraphQL, health, unknown API paths and other methods', async () => {
    const get = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await api.graphql('{ me { role } }');
    expect(post.body.data).toEqual({ me: { role: 'COORDINATOR' } });
    const live = await fetch(`${origin}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    for (const path of ['/health/nope', '/graphql/extra', '/metrics/x']) {
      const response = await fetch(`${origin}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(`${origin}/gaps`, { method: 'POST' })).status).toBe(404);
  });
});
