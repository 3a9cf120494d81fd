import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import { asUser, DEMO, signIn } from './fixtures';

interface GapPage {
  gaps: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string } }[];
  };
}

/** Every gap id of a filter, page by page, as the API's list gives them. */
async function gapIds(baseURL: string, filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { gaps }: GapPage = await asUser<GapPage>(
      baseURL,
      DEMO.coordinator,
      `query($filter: GapFilter, $after: String) {
        gaps(first: 100, after: $after, filter: $filter) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
        }
      }`,
      { filter, after },
    );
    ids.push(...gaps.edges.map(({ node }) => node.id));
    after = gaps.pageInfo.hasNextPage ? gaps.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

test('the gap register filtered by a category exports exactly its rows, with the token', async ({
  page,
  baseURL,
}) => {
  await signIn(page, DEMO.coordinator, '/gaps');
  await page.getByRole('combobox', { name: 'Category' }).click({ force: true });
  await page.getByRole('option', { name: 'Medical', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/category=MEDICAL/);

  const expected = await gapIds(baseURL!, { category: ['MEDICAL'] });
  const all = await gapIds(baseURL!, {});
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  await expect(page.getByTestId('gap-register-count')).toHaveText(`${expected.length} gaps`);

  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gaps-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(readFileSync((await download.path())!), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(rows.map((row) => row.id).sort()).toEqual([...expected].sort());
  expect(new Set(rows.map((row) => row.category))).toEqual(new Set(['MEDICAL']));

  // XLSX too: a zip (PK), named by the API.
  await page.getByRole('button', { name: 'Export' }).click();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /^XLSX/ }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^gaps-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});

test('a donor exports its own offers from the offer register', async ({ page, baseURL }) => {
  await signIn(page, DEMO.donor, '/offers');
  const { offers } = await asUser<{ offers: { totalCount: number } }>(
    baseURL!,
    DEMO.donor,
    '{ offers { totalCount } }',
  );
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV' }).click(),
  ]);
  const rows = parse(readFileSync((await download.path())!), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(rows).toHaveLength(offers.totalCount);
  expect(new Set(rows.map((row) => row.donor))).toEqual(new Set(['USA']));
});
