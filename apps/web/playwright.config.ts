import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web app in Debian's Chromium (/usr/bin/chromium: Playwright's own browser
 * download cannot reach its host here), against the real API and worker on their own database,
 * started by e2e/global-setup.ts. The port is chosen here, once: the test workers inherit it.
 * Below Linux's ephemeral ports (32768–60999): a port there can be the local end of any outgoing
 * connection at that moment, and the API then fails to listen on it (EADDRINUSE, seen in CI).
 */
process.env.LCM_WEB_PORT ??= String(20_000 + Math.floor(Math.random() * 10_000));

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.browser.ts',
  outputDir: './test-results',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  // One API and one database for the run: the tests share them, one at a time (2 CPUs here).
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${process.env.LCM_WEB_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    locale: 'en-GB',
    viewport: { width: 1360, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
