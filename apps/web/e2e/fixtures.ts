import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

import { expectCatalogued, watchApi } from './catalogue-text';

/** The demo accounts `seed-demo` creates (libs/demo-data/src/demo-users.ts). */
export const DEMO = {
  coordinator: 'coordinator@demo.lcm.local',
  donor: 'donor.usa@demo.lcm.local',
  tpcc: 'tpcc.bgd@demo.lcm.local',
  analyst: 'analyst@demo.lcm.local',
  admin: 'admin@demo.lcm.local',
} as const;
export const DEMO_PASSWORD = 'demo-password-change-me';

/** Screenshots of the main pages, kept out of git (apps/web/screenshots/). */
export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The header is fixed: scrolled, a full-page capture would draw it mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * The README's pictures (docs/images/, committed): written only when LCM_README_SCREENSHOTS=1,
 * so a test run leaves the tree clean. `LCM_README_SCREENSHOTS=1 npm run web:e2e -- pages flow`.
 */
export async function readmeScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.LCM_README_SCREENSHOTS !== '1') return;
  const path = join(__dirname, '..', '..', '..', 'docs', 'images', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await target.screenshot({ path });
}

export async function useLanguage(page: Page, language: 'en' | 'fr'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('lcm.language', value), language);
}

export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  watchApi(page);
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel(/^(Email|Adresse électronique)/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page.getByRole('button', { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();
}

/**
 * The checks every page passes: axe-core finds no serious or critical violation, and every
 * string shown comes from the interface language's catalogue or the API's data.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await expectCatalogued(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  expect(serious).toEqual([]);
}

/** A GraphQL request to the API as a demo user, for setting a test's scene. */
export async function asUser<T>(
  baseURL: string,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const login = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login
    .accessToken;
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A gap logged through the API as a demo user (a test's scene); its id. */
export async function createGapAs(
  baseURL: string,
  email: string,
  input: Record<string, unknown>,
): Promise<string> {
  const { createGap } = await asUser<{ createGap: { id: string } }>(
    baseURL,
    email,
    `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`,
    { input },
  );
  return createGap.id;
}

/** A match run started through the API as a demo user and waited for until it succeeded; its id. */
export async function runMatchingAs(baseURL: string, email: string): Promise<string> {
  const { startMatchRun } = await asUser<{ startMatchRun: { id: string } }>(
    baseURL,
    email,
    `mutation { startMatchRun(input: {}) { id } }`,
  );
  await expect
    .poll(
      async () =>
        (
          await asUser<{ matchRun: { status: string } }>(
            baseURL,
            email,
            `query($id: ID!) { matchRun(id: $id) { status } }`,
            { id: startMatchRun.id },
          )
        ).matchRun.status,
      { timeout: 60_000, intervals: [500] },
    )
    .toBe('SUCCEEDED');
  return startMatchRun.id;
}

/**
 * Picks a day in a date picker: opens it, moves `monthsAhead` months forward, and clicks the
 * `dayIndex`-th day of that month (0 = the 1st).
 */
export async function pickDate(
  page: Page,
  label: RegExp,
  monthsAhead: number,
  dayIndex: number,
): Promise<void> {
  const dropdown = page.getByRole('dialog').filter({ has: page.locator('table') });
  // Under load a click can land while another dropdown closes: open until it shows.
  await expect(async () => {
    if (!(await dropdown.isVisible())) await page.getByRole('button', { name: label }).click();
    await expect(dropdown).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  for (let month = 0; month < monthsAhead; month += 1) {
    await dropdown.getByRole('button', { name: /^(Next month|Mois suivant)$/ }).click();
  }
  await dropdown.locator('table button:not([data-outside])').nth(dayIndex).click();
  await expect(dropdown).toBeHidden();
}
