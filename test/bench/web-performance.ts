/**
 * The web app's issue-16 point 8 figures, measured (not a timed test): `npm run bench:web`.
 *
 * 1. Initial JavaScript of the sign-in and home pages: the scripts Chromium actually loads for
 *    each page (entry, preloaded and lazy chunks), gzipped at level 9 from dist/web.
 * 2. The gap register, 50 rows, with 10,000 more gaps loaded (test/support/generated-data.ts):
 *    from navigation start until the 50 rows are in the page and a frame has been painted after
 *    them (the page then answers input), read from the page's own clock (performance.now()).
 *    Measured as a full page load (a link opened or reloaded) and as an in-app navigation (the
 *    menu link), five times each; the median and the worst are printed.
 *
 * Runs its own API (no worker, AUTO_MATCH off) on a database of its own, dropped at the end.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium, type Page } from '@playwright/test';
import { Client } from 'pg';

import { cli, ROOT, serverUrl, startApp, waitFor } from '../../apps/web/e2e/stack';
import { loadOpenGapsAndOffers, sql } from '../support/generated-data';

const GAPS = 10_000;
const RUNS = 5;
const DIST = join(ROOT, 'dist', 'web');
const EMAIL = 'coordinator@demo.lcm.local';
const PASSWORD = 'demo-password-change-me';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function gzipped(urlPath: string): number {
  return gzipSync(readFileSync(join(DIST, urlPath)), { level: 9 }).length;
}

/** The scripts the page loads from now until `done`, as URL paths. */
async function scriptsLoaded(page: Page, done: () => Promise<void>): Promise<string[]> {
  const scripts = new Set<string>();
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === 'script')
      scripts.add(new URL(response.url()).pathname);
  };
  page.on('response', listener);
  await done();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return [...scripts];
}

/** ms from navigation start (or `from`) until 50 rows are shown and a frame painted. */
async function rowsShownAt(page: Page, from = 0): Promise<number> {
  // A function, not a string: the page's CSP forbids evaluating strings. This file is
  // type-checked without the DOM library, hence the cast.
  await page.waitForFunction(
    () =>
      (
        globalThis as unknown as {
          document: { querySelectorAll(selector: string): { length: number } };
        }
      ).document.querySelectorAll('tbody tr').length >= 50,
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  const at = await page.evaluate<number>(
    'new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))',
  );
  return at - from;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  const databaseName = `lcm_web_bench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const databaseUrl = serverUrl(databaseName);
  const port = String(43_000 + Math.floor(Math.random() * 1_000));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `lcm-web-bench-${databaseName}`,
    AUTO_MATCH: 'false',
    PORT: port,
    RATE_LIMIT_MAX: '100000',
    WEB_DIST_DIR: DIST,
  };
  cli('setup', env);
  cli('seed-demo', env);
  await loadOpenGapsAndOffers(databaseUrl, GAPS, 0);
  const [{ count }] = await sql<{ count: string }>(
    databaseUrl,
    'SELECT count(*) FROM capability_gaps',
  );
  const api = startApp('api', env);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/health/ready`, 60_000);
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1360, height: 900 },
    });
    const page = await context.newPage();

    // 1. Initial JavaScript.
    const signInScripts = await scriptsLoaded(page, async () => {
      await page.goto(`${base}/sign-in`);
    });
    const homeScripts = await scriptsLoaded(page, async () => {
      await page.getByLabel(/^Email/).fill(EMAIL);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('to-answer-count').waitFor();
    });
    const size = (paths: string[]) => paths.reduce((sum, path) => sum + gzipped(path), 0);
    const signInJs = size(signInScripts);
    const homeJs = signInJs + size(homeScripts);

    // A page opened directly on home (a reload): everything it needs, in one list.
    const homeDirect = await scriptsLoaded(page, async () => {
      await page.goto(`${base}/`);
      await page.getByTestId('to-answer-count').waitFor();
    });

    // 2. The register with 10,000 more gaps.
    const fullLoads: number[] = [];
    const inApp: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${base}/gaps?size=50`);
      fullLoads.push(await rowsShownAt(page));
      await page.goto(`${base}/`);
      await page.getByTestId('to-answer-count').waitFor();
      const from = await page.evaluate<number>(
        `(() => { const start = performance.now(); document.querySelector('nav a[href="/gaps"]').click(); return start; })()`,
      );
      inApp.push(await rowsShownAt(page, from));
    }
    const total = await page.getByTestId('gap-register-count').textContent();

    console.log(
      `\nWeb app figures (${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}, ${count} gaps in the database)\n`,
    );
    console.log(`Initial JavaScript, gzipped (level 9), as loaded by the browser:`);
    console.log(`  sign-in page: ${kB(signInJs)} (${signInScripts.length} files)`);
    console.log(
      `  home after sign-in: ${kB(homeJs)} (${signInScripts.length + homeScripts.length} files)`,
    );
    console.log(`  home opened directly: ${kB(size(homeDirect))} (${homeDirect.length} files)`);
    console.log(
      `  budget: 250 kB each -> ${Math.max(signInJs, homeJs, size(homeDirect)) <= 250 * 1024 ? 'met' : 'EXCEEDED'}`,
    );
    console.log(`Gap register, 50 rows shown of "${total}":`);
    console.log(
      `  full page load: median ${median(fullLoads).toFixed(0)} ms, worst ${Math.max(...fullLoads).toFixed(0)} ms (${fullLoads.map((v) => v.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  from the menu:  median ${median(inApp).toFixed(0)} ms, worst ${Math.max(...inApp).toFixed(0)} ms (${inApp.map((v) => v.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  budget: 1000 ms -> ${Math.max(median(fullLoads), median(inApp)) <= 1000 ? 'met' : 'EXCEEDED'}`,
    );
  } finally {
    await browser.close();
    api.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const client = new Client({ connectionString: serverUrl('postgres') });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await client.end();
  }
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
