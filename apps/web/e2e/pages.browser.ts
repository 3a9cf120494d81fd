import { expect, test } from '@playwright/test';

import {
  asUser,
  DEMO,
  expectAccessible,
  readmeScreenshot,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

test.describe('pages by role', () => {
  test('coordinator: home, gap register with filters in the URL, a gap, in English', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, DEMO.coordinator);
    await expect(page.getByRole('heading', { name: 'What needs me', level: 1 })).toBeVisible();
    await expect(page.getByTestId('to-answer-count')).not.toHaveText('—');
    // The gaps that got nothing: the same count as the API's filter.
    const { gaps } = await asUser<{ gaps: { totalCount: number } }>(
      baseURL!,
      DEMO.coordinator,
      `{ gaps(filter: { status: [OPEN, PARTIALLY_MATCHED], withoutProposal: true }) { totalCount } }`,
    );
    await expect(page.getByRole('heading', { name: 'Open gaps without a proposal' })).toBeVisible();
    await expect(page.getByTestId('without-proposal-count')).toHaveText(
      gaps.totalCount.toLocaleString('en'),
    );
    await screenshot(page, 'home-coordinator-en');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Capability gaps' }).first().click();
    await page.getByRole('combobox', { name: 'Status' }).click({ force: true });
    await page.getByRole('option', { name: 'Open', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/status=OPEN/);
    await expect(page.getByRole('row')).not.toHaveCount(1);
    await screenshot(page, 'gap-register-en');
    await readmeScreenshot(page, 'gap-register');
    await expectAccessible(page);

    await page.getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Measurable objective' })).toBeVisible();
    await screenshot(page, 'gap-en');
    await expectAccessible(page);
  });

  test('coordinator in French: logs a gap; bad input is shown at its field and nothing is lost', async ({
    page,
  }) => {
    await useLanguage(page, 'fr');
    await signIn(page, DEMO.coordinator, '/gaps/new');
    await expect(
      page.getByRole('heading', { name: 'Enregistrer une lacune capacitaire' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Enregistrer la lacune' }).click();
    await expect(page.getByText('Obligatoire').first()).toBeVisible();
    await screenshot(page, 'gap-form-required-fr');

    await page.getByRole('combobox', { name: /^Pays fournisseur de contingents/ }).fill('Bangla');
    await page.getByRole('option', { name: /Bangladesh \(BGD\)/ }).click();
    await page.getByRole('textbox', { name: /^Titre/ }).fill('Équipes CASEVAC pour les bases');
    await page.getByRole('combobox', { name: /^Catégorie/ }).click();
    await page.getByRole('option', { name: 'Médical' }).click();
    await page.getByRole('textbox', { name: /^Capacité/ }).fill('casevac');
    await page.getByRole('textbox', { name: /^Quantité/ }).fill('40');
    await page.getByRole('combobox', { name: /^Langues/ }).click({ force: true });
    await page.getByRole('option', { name: 'français' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Nécessaire à partir du/ }).click();
    await page.getByRole('button', { name: 'Mois suivant' }).first().click();
    await page.locator('table button:not([data-outside])').nth(4).click();
    await page.getByRole('button', { name: /^Au plus tard le/ }).click();
    await page.getByRole('button', { name: 'Mois suivant' }).first().click();
    await page.getByRole('button', { name: 'Mois suivant' }).first().click();
    await page.locator('table button:not([data-outside])').nth(10).click();
    // A title longer than the API takes: refused by the server, shown at the field.
    await page.getByRole('textbox', { name: /^Titre/ }).fill('x'.repeat(300));
    await page.getByRole('button', { name: 'Enregistrer la lacune' }).click();
    await expect(page.getByRole('alert')).toContainText('Non enregistré');
    // The rule the API names, said in French.
    await expect(
      page.getByText('Refusé par le serveur\u00a0: Au plus 200 caractères'),
    ).toBeVisible();
    await screenshot(page, 'gap-form-refused-fr');
    await expect(page.getByRole('textbox', { name: /^Capacité/ })).toHaveValue('CASEVAC');

    await page.getByRole('textbox', { name: /^Titre/ }).fill('Équipes CASEVAC pour les bases');
    await page.getByRole('button', { name: 'Enregistrer la lacune' }).click();
    await expect(
      page.getByRole('heading', { name: 'Équipes CASEVAC pour les bases', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Ouverte', { exact: true })).toBeVisible();
    await screenshot(page, 'gap-created-fr');
    await expectAccessible(page);
  });

  test('the gap register and proposals in French', async ({ page }) => {
    await useLanguage(page, 'fr');
    await signIn(page, DEMO.tpcc, '/gaps');
    await expect(
      page.getByRole('heading', { name: 'Lacunes capacitaires', level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(1);
    await screenshot(page, 'gap-register-fr');
    await page.getByRole('link', { name: 'Propositions' }).click();
    await expect(page.getByRole('heading', { name: 'Propositions', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /proposition/ })).toBeVisible();
    await screenshot(page, 'proposals-tpcc-fr');
    await expectAccessible(page);
  });

  test('a donor cannot reach another donor offer by its URL', async ({ page, baseURL }) => {
    const { offers } = await asUser<{
      offers: { edges: { node: { id: string; donorIso3: string } }[] };
    }>(baseURL!, DEMO.coordinator, `{ offers(first: 100) { edges { node { id donorIso3 } } } }`);
    const other = offers.edges.find(({ node }) => node.donorIso3 !== 'USA');
    const own = offers.edges.find(({ node }) => node.donorIso3 === 'USA');
    expect(other && own).toBeTruthy();
    await signIn(page, DEMO.donor, `/offers/${own!.node.id}`);
    await expect(page.getByText('United States', { exact: false }).first()).toBeVisible();
    await page.goto(`/offers/${other!.node.id}`);
    await expect(page.getByText('Offer not found')).toBeVisible();
    await screenshot(page, 'offer-other-donor-en');
  });
});
