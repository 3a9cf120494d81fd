import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { asUser, DEMO, expectAccessible, screenshot, signIn, useLanguage } from './fixtures';

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates');
const GAP_HEADER = readFileSync(join(TEMPLATES, 'gaps-template.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)[0];

const day = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** A gaps file in the template's columns; `quantity` as given, so a test can spoil one row. */
function gapsFile(prefix: string, quantities: string[]): Buffer {
  const columns = GAP_HEADER.split(',');
  const rows = quantities.map((quantity, index) => {
    const cells: Record<string, string> = {
      externalRef: `${prefix}-${index + 1}`,
      memberState: 'BGD',
      category: 'ENGINEERING',
      capability: 'ROUTE_CLEARANCE',
      title: `${prefix} route clearance ${index + 1}`,
      quantity,
      unit: 'TRAINEES',
      priority: 'MEDIUM',
      languages: 'en;fr',
      neededFrom: day(90),
      neededBy: day(200),
      // Drafts: they take no part in the other tests' matching.
      open: 'false',
    };
    return columns.map((column) => cells[column] ?? '').join(',');
  });
  return Buffer.from([GAP_HEADER, ...rows].join('\n') + '\n');
}

async function gapCount(baseURL: string, search: string): Promise<number> {
  const { gaps } = await asUser<{ gaps: { totalCount: number } }>(
    baseURL,
    DEMO.coordinator,
    `query($search: String) { gaps(filter: { search: $search }) { totalCount } }`,
    { search },
  );
  return gaps.totalCount;
}

async function choose(page: Page, name: string, content: Buffer): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: content });
}

test.describe('import in the browser', () => {
  test('a file with one bad row writes nothing and shows the row; the corrected file is imported', async ({
    page,
    baseURL,
  }) => {
    const prefix = `IMP${Date.now()}`;
    await signIn(page, DEMO.coordinator, '/gaps');
    await page.getByRole('link', { name: 'Import', exact: true }).first().click();
    await expect(
      page.getByRole('heading', { name: 'Import gaps or offers', level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Capability gaps' })).toBeChecked();

    // Line 3 (the second data row) has a quantity that is not a number.
    await choose(page, 'gaps-with-error.csv', gapsFile(prefix, ['12', 'twelve', '8']));
    await expect(page.getByText(/^gaps-with-error\.csv \(\d+ kB\)$/)).toBeVisible();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The file has errors' })).toContainText(
      '1 of 3 rows refused',
    );
    const errors = page.getByTestId('import-errors');
    await expect(errors.getByRole('row')).toHaveCount(2);
    const bad = errors.getByRole('row').nth(1);
    await expect(bad.getByRole('cell').nth(0)).toHaveText('3');
    await expect(bad.getByRole('cell').nth(1)).toHaveText('quantity');
    await expect(bad.getByRole('cell').nth(2)).toContainText('Value refused');
    await expect(bad.getByRole('cell').nth(2)).toContainText('twelve');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    expect(await gapCount(baseURL!, prefix)).toBe(0);
    await screenshot(page, 'import-errors-en');
    await expectAccessible(page);

    await choose(page, 'gaps.csv', gapsFile(prefix, ['12', '10', '8']));
    await expect(errors).toBeHidden();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Every row passes' })).toContainText(
      'To import: 3.',
    );
    expect(await gapCount(baseURL!, prefix)).toBe(0);
    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      'Rows imported: 3. Already there (skipped): 0.',
    );
    expect(await gapCount(baseURL!, prefix)).toBe(3);
    await screenshot(page, 'import-done-en');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Open the gap register' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(prefix);
    await expect(page.getByTestId('gap-register-count')).toHaveText('3 gaps');
    for (const index of [1, 2, 3]) {
      await expect(
        page.getByRole('link', { name: `${prefix} route clearance ${index}` }),
      ).toBeVisible();
    }

    // The same file again: every row is already there, so nothing is left to import.
    await page.goto('/import?kind=gaps');
    await choose(page, 'gaps.csv', gapsFile(prefix, ['12', '10', '8']));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Every row passes' })).toContainText(
      'To import: 0. Already there (skipped): 3.',
    );
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    // Not a spreadsheet: the whole file is refused, in words of the interface.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('alert')).toContainText('it is not a CSV or XLSX file');
    await expectAccessible(page);
  });

  test('in French: the refused rows, translated, and nothing written', async ({
    page,
    baseURL,
  }) => {
    const prefix = `IMPFR${Date.now()}`;
    await useLanguage(page, 'fr');
    await signIn(page, DEMO.coordinator, '/import');
    await expect(
      page.getByRole('heading', { name: 'Importer des lacunes capacitaires ou des offres' }),
    ).toBeVisible();
    const file = gapsFile(prefix, ['12', 'douze', '0']);
    await choose(page, 'lacunes.csv', file);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const errors = page.getByTestId('import-errors');
    await expect(errors.getByRole('row')).toHaveCount(3);
    await expect(errors.getByRole('row').nth(1)).toContainText('Valeur refusée');
    // Why, in French: the rules the API names (a whole number, at least 1), not its English.
    await expect(errors.getByRole('row').nth(1)).toContainText("N'est pas un nombre entier");
    await expect(errors.getByRole('row').nth(2)).toContainText('Doit être au moins égal à 1');
    await expect(errors).not.toContainText('whole number');
    await expect(
      page.getByRole('alert').filter({ hasText: /rien n.a été enregistré/ }),
    ).toContainText('2 lignes refusées sur 3');
    await expect(page.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
    expect(await gapCount(baseURL!, prefix)).toBe(0);
    await screenshot(page, 'import-errors-fr');
    await expectAccessible(page);
  });

  test('a large file: the upload in a determinate bar, then the server checking the rows', async ({
    page,
  }) => {
    const prefix = `IMPBIG${Date.now()}`;
    await signIn(page, DEMO.coordinator, '/import');
    // A slow link (Chromium's network emulation), so the upload takes a few seconds.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 150 * 1024,
    });
    // 2,000 rows, the last one bad: checked in full, nothing written.
    const quantities = [...Array.from({ length: 1999 }, () => '5'), 'x'];
    await choose(page, 'many-gaps.csv', gapsFile(prefix, quantities));
    await page.getByRole('button', { name: 'Check the file' }).click();
    const bar = page.getByRole('progressbar', { name: 'Sending the file' });
    await expect(bar).toBeVisible();
    await expect(page.getByText(/^Sent [\d,]+ of [\d,]+ kB$/)).toBeVisible();
    await screenshot(page, 'import-uploading-en');
    await expect(page.getByText('The server is checking every row…')).toBeVisible();
    await expect(page.getByTestId('import-errors').getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('import-errors').getByRole('row').nth(1)).toContainText('2,001');
  });

  test('the templates download as the files of the repository', async ({ page }) => {
    await signIn(page, DEMO.coordinator, '/import?kind=offers');
    await expect(page.getByRole('radio', { name: 'Offers' })).toBeChecked();
    for (const format of ['csv', 'xlsx'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: format.toUpperCase(), exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`offers-template.${format}`);
      const saved = readFileSync((await download.path())!);
      expect(saved.equals(readFileSync(join(TEMPLATES, `offers-template.${format}`)))).toBe(true);
    }
  });
});
