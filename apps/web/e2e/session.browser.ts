import { expect, test } from '@playwright/test';

import {
  asUser,
  DEMO,
  DEMO_PASSWORD,
  expectAccessible,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

test.describe('sign-in and session', () => {
  test('a deep link asks to sign in, then comes back to the page, which survives a reload', async ({
    page,
  }) => {
    await page.goto('/gaps?status=OPEN&sort=PRIORITY');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await screenshot(page, 'sign-in-en');
    await expectAccessible(page);
    await signIn(page, DEMO.coordinator, '/gaps?status=OPEN&sort=PRIORITY');
    await expect(page).toHaveURL(/\/gaps\?status=OPEN&sort=PRIORITY$/);
    await expect(page.getByRole('heading', { name: 'Capability gaps', level: 1 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Capability gaps', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /gaps?$/ })).toBeVisible();
  });

  test('a wrong password is refused with a clear message, in French too', async ({ page }) => {
    await useLanguage(page, 'fr');
    await page.goto('/sign-in');
    await page.getByLabel(/^Adresse électronique/).fill(DEMO.donor);
    await page.getByLabel(/^Mot de passe/).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Adresse électronique ou mot de passe incorrect',
    );
    await screenshot(page, 'sign-in-refused-fr');
  });

  test('tokens are not kept in localStorage; signing out forgets them', async ({ page }) => {
    await signIn(page, DEMO.tpcc);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toMatch(/eyJ/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/proposals');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fproposals/);
  });

  test('a revoked session sends the user to sign-in with a message, and back to the page', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, DEMO.analyst);
    await page.goto('/offers');
    await expect(page.getByRole('heading', { name: 'Offers', level: 1 })).toBeVisible();
    // An admin resets the password: every token the account holds stops working at once.
    const { users } = await asUser<{ users: { edges: { node: { id: string } }[] } }>(
      baseURL!,
      DEMO.admin,
      `query { users(first: 1, filter: { role: [ANALYST] }) { edges { node { id } } } }`,
    );
    await asUser(
      baseURL!,
      DEMO.admin,
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      {
        input: { id: users.edges[0].node.id, password: DEMO_PASSWORD },
      },
    );
    await page.getByRole('link', { name: 'Capability gaps' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fgaps&reason=revoked/);
    await expect(page.getByRole('status')).toContainText('Your session was ended');
    await screenshot(page, 'sign-in-revoked-en');
    await signIn(page, DEMO.analyst, page.url());
    await expect(page).toHaveURL(/\/gaps$/);
  });

  test('the language chosen is kept on the server: the next sign-in, in another browser, uses it', async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO.admin);
    await expect(page.getByRole('heading', { name: 'What needs me', level: 1 })).toBeVisible();
    const saved = page.waitForResponse((response) =>
      Boolean(response.request().postData()?.includes('setPreferredLanguage')),
    );
    await page.getByText('Français', { exact: true }).click();
    await expect(page.getByRole('heading', { name: "Ce qui m'attend", level: 1 })).toBeVisible();
    expect((await (await saved).json()).data.setPreferredLanguage.preferredLanguage).toBe('fr');

    // Another browser (nothing in its storage, an English locale): French after sign-in.
    const elsewhere = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(elsewhere, DEMO.admin);
    await expect(
      elsewhere.getByRole('heading', { name: "Ce qui m'attend", level: 1 }),
    ).toBeVisible();
    await expectAccessible(elsewhere);
    await elsewhere.getByText('English', { exact: true }).click();
    await expect(elsewhere.getByRole('heading', { name: 'What needs me', level: 1 })).toBeVisible();
    await elsewhere.context().close();
  });
});
