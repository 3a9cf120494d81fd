import { expect, test } from '@playwright/test';

import { createGapAs, DEMO, signIn } from './fixtures';

// HTML a client sends is stored as typed (the API's plain-text rule refuses only control
// characters) and the web app always shows it as text: nothing in it is ever markup or script.
const MARKUP = '<b>Bold</b> <img src=x onerror="window.__injected=1"> & <i>plain</i>';

test('HTML in a gap is shown as the text it is, in the register and on its page', async ({
  page,
  baseURL,
}) => {
  const title = `Markup ${Date.now()} ${MARKUP}`;
  const gapId = await createGapAs(baseURL!, DEMO.coordinator, {
    memberState: 'BGD',
    category: 'LOGISTICS',
    capability: 'FUEL_HANDLING',
    title,
    description: MARKUP,
    quantity: 3,
    unit: 'TRAINEES',
    priority: 'LOW',
    languages: ['en'],
    neededFrom: '2027-03-01',
    neededBy: '2027-06-30',
    open: false, // a draft: it takes no part in the other tests' matching
  });

  await signIn(page, DEMO.coordinator, `/gaps/${gapId}`);
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(MARKUP, { exact: true }).first()).toBeVisible();
  await expect(page.locator('main b, main img[src="x"], main i')).toHaveCount(0);

  await page.goto(`/gaps?search=${encodeURIComponent(title.slice(0, 20))}`);
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  await expect(page.locator('main b, main img[src="x"], main i')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});
