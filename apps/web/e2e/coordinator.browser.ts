import { expect, test } from '@playwright/test';

import {
  asUser,
  createGapAs,
  DEMO,
  expectAccessible,
  pickDate,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

test.describe("a coordinator's pages", () => {
  test('a draft gap edited, opened, then cancelled with a reason', async ({ page, baseURL }) => {
    const gapId = await createGapAs(baseURL!, DEMO.coordinator, {
      memberState: 'BGD',
      category: 'LOGISTICS',
      capability: 'FUEL_HANDLING',
      title: 'Fuel handling for the logistics company',
      quantity: 10,
      unit: 'TRAINEES',
      priority: 'MEDIUM',
      languages: ['en'],
      neededFrom: '2027-03-01',
      neededBy: '2027-06-30',
      open: false,
    });
    await signIn(page, DEMO.coordinator, `/gaps/${gapId}`);
    await expect(page.getByText('Draft', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { name: 'Edit the capability gap' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Fuel handling for the logistics company',
    );
    await screenshot(page, 'gap-edit-en');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^Title/ }).fill('Fuel and water handling');
    await page.getByRole('textbox', { name: /^Capability/ }).fill('');
    await page.getByRole('textbox', { name: /^Quantity/ }).fill('16');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Required')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Fuel and water handling',
    );
    await page.getByRole('textbox', { name: /^Capability/ }).fill('FUEL_HANDLING');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('heading', { name: 'Fuel and water handling', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('16 trainees')).toBeVisible();

    await page.getByRole('button', { name: 'Open for matching' }).click();
    await expect(page.getByText('Open', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel the gap' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this gap?' });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Covered by a bilateral agreement');
    await dialog.getByRole('button', { name: 'Cancel the gap' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByText('Covered by a bilateral agreement')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toBeHidden();
    await screenshot(page, 'gap-cancelled-en');
    await expectAccessible(page);
  });

  test('a run started with a weight of its own, watched live, then its proposals', async ({
    page,
  }) => {
    // The run's updates arrive over graphql-ws: record the frames the page receives.
    const frames: string[] = [];
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => frames.push(String(payload))),
    );
    await signIn(page, DEMO.coordinator, '/runs');
    await expect(page.getByRole('heading', { name: 'Match runs', level: 1 })).toBeVisible();
    await page.getByRole('textbox', { name: /^Priority/ }).fill('0.4');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
    // The list's rows carry run statuses too: the run's own page must have replaced it first
    // (the URL changes before the page's chunk has rendered).
    await expect(page.getByTestId('run-row')).toHaveCount(0);
    await expect(page.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 60_000 });
    expect(frames.some((frame) => frame.includes('"SUCCEEDED"'))).toBe(true);
    await expect(page.getByRole('heading', { name: 'Its proposals' })).toBeVisible();
    await expect(page.getByText('Priority: 0.4')).toBeVisible();
    await screenshot(page, 'run-en');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Match runs' }).click();
    await expect(page.getByTestId('run-row').first()).toContainText('Succeeded');
    await screenshot(page, 'runs-en');
    await expectAccessible(page);
  });

  test('what if: changed weights and a hypothetical offer, in French; nothing is written', async ({
    page,
    baseURL,
  }) => {
    const count = async () =>
      (
        await asUser<{ matchRuns: { totalCount: number }; proposals: { totalCount: number } }>(
          baseURL!,
          DEMO.coordinator,
          `{ matchRuns(first: 1) { totalCount } proposals(first: 1) { totalCount } }`,
        )
      ).matchRuns.totalCount;
    const before = await count();
    await useLanguage(page, 'fr');
    await signIn(page, DEMO.coordinator, '/what-if');
    await expect(page.getByRole('heading', { name: 'Simulation', level: 1 })).toBeVisible();
    await page.getByRole('textbox', { name: /^Région/ }).fill('0,3');
    await page.getByRole('checkbox', { name: "Ajouter une offre qui n'existe pas encore" }).check();
    await page.getByRole('combobox', { name: /^Donateur/ }).fill('Norw');
    await page.getByRole('option', { name: /Norway \(NOR\)/ }).click();
    await page
      .getByRole('textbox', { name: /^Titre/ })
      .fill('Compétences de base, équipes mobiles');
    await page.getByRole('combobox', { name: /^Catégorie/ }).click();
    await page.getByRole('option', { name: 'Compétences de base' }).click();
    await page.getByRole('textbox', { name: /^Quantité offerte/ }).fill('300');
    await page.getByRole('combobox', { name: /^Langues de réalisation/ }).click({ force: true });
    await page.getByRole('option', { name: 'anglais' }).click();
    await page.getByRole('option', { name: 'français' }).click();
    await page.keyboard.press('Escape');
    await pickDate(page, /^Disponible à partir du/, 1, 0);
    await pickDate(page, /^Disponible jusqu/, 12, 0);
    await page.getByRole('button', { name: 'Voir ce qui changerait' }).click();
    await expect(page.getByTestId('what-if-summary')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('what-if-changes')).toContainText('Offre hypothétique');
    await screenshot(page, 'what-if-fr');
    await expectAccessible(page);
    expect(await count()).toBe(before);
  });
});
