import { type Browser, expect, type Page, test } from '@playwright/test';

import fr from '../src/i18n/locales/fr.json';
import { watchApi } from './catalogue-text';
import { asUser, DEMO, expectAccessible, screenshot, signIn, useLanguage } from './fixtures';

/**
 * Ministerial pledges in the browser: a donor (in French) records a pledge at the Berlin
 * Ministerial and commits it; a step its page still offers after someone else moved the pledge
 * is refused with the catalogue's message and writes nothing; the coordinator (English) finds it
 * and its history, adds a requirement line, and reads the requirements report with the figures of
 * the GraphQL report; the public summary works signed out, in English and French, and shows no
 * person.
 */
const STAMP = Date.now().toString(36);
const TEXT_FR = `Former 12 spécialistes CASEVAC (essai ${STAMP})`;
const REASON_COMMIT = `Crédits votés par le parlement ${STAMP}`;
const REASON_STALE = `Étape proposée par une page périmée ${STAMP}`;
const CAPABILITY = `CASEVAC_E2E_${STAMP.toUpperCase()}`;

interface Pledge {
  id: string;
  status: string;
  statusHistory: { toStatus: string; reason: string | null; actorEmail: string | null }[];
}

const PLEDGE = `query($id: ID!) { pledge(id: $id) { id status statusHistory { toStatus reason actorEmail } } }`;

async function berlinId(baseURL: string): Promise<string> {
  const data = await asUser<{ ministerials: { edges: { node: { id: string; code: string } }[] } }>(
    baseURL,
    DEMO.coordinator,
    `{ ministerials(first: 100) { edges { node { id code } } } }`,
  );
  return data.ministerials.edges.find(({ node }) => node.code === 'BERLIN_2025')!.node.id;
}

async function pledgeOf(baseURL: string, id: string): Promise<Pledge> {
  return (await asUser<{ pledge: Pledge }>(baseURL, DEMO.coordinator, PLEDGE, { id })).pledge;
}

async function newPage(browser: Browser, language: 'en' | 'fr'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await useLanguage(page, language);
  return page;
}

test('a donor records and commits a pledge, a stale step is refused, the coordinator follows it up', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const ministerialId = await berlinId(baseURL!);

  // 1. The donor (United States), in French, records the pledge.
  const donor = await newPage(browser, 'fr');
  await signIn(donor, DEMO.donor, '/pledges');
  await expect(donor.getByRole('heading', { name: fr.pledges.register.title })).toBeVisible();
  await expectAccessible(donor);
  await donor.getByRole('link', { name: fr.pledges.register.new }).click();
  await expect(donor.getByRole('heading', { name: fr.pledges.form.title })).toBeVisible();
  await expect(donor.getByTestId('pledge-lead')).toHaveText('États-Unis');
  await donor.getByRole('combobox', { name: /^Réunion ministérielle/ }).click();
  await donor.getByRole('option', { name: 'Berlin 2025' }).click();
  await donor.getByRole('combobox', { name: /^Type/ }).click();
  await donor.getByRole('option', { name: 'Médical' }).click();
  await donor.getByRole('combobox', { name: /^Catégorie/ }).click();
  await donor.getByRole('option', { name: 'Médical' }).click();
  await donor.getByRole('textbox', { name: /^Capacité/ }).fill(CAPABILITY);
  await donor.getByRole('textbox', { name: /^En français/ }).fill(TEXT_FR);
  await donor.getByRole('textbox', { name: /^Quantité/ }).fill('12');
  await donor.getByRole('combobox', { name: /^Unité/ }).click();
  await donor.getByRole('option', { name: 'stagiaires' }).click();
  await expectAccessible(donor);
  await screenshot(donor, 'pledge-new-fr');
  await donor.getByRole('button', { name: fr.pledges.form.submit }).click();

  await expect(donor).toHaveURL(/\/pledges\/[0-9a-f-]{36}$/);
  const pledgeId = donor.url().split('/').pop()!;
  await expect(donor.getByTestId('pledge-status')).toHaveText(fr.pledges.status.ANNOUNCED);
  await expect(donor.getByText(TEXT_FR)).toBeVisible();

  // 2. It moves one rung: committed, with a reason.
  await donor.getByRole('button', { name: fr.pledges.action.COMMITTED }).click();
  await donor.getByRole('textbox', { name: /^Raison/ }).fill(REASON_COMMIT);
  await donor.getByRole('button', { name: fr.pledges.page.confirmStatus }).click();
  await expect(donor.getByTestId('pledge-status')).toHaveText(fr.pledges.status.COMMITTED);
  await expect(donor.getByTestId('pledge-history').getByRole('row')).toHaveCount(3);
  await expect(donor.getByTestId('pledge-history')).toContainText(REASON_COMMIT);
  await expectAccessible(donor);
  await screenshot(donor, 'pledge-fr');

  // 3. Meanwhile a coordinator takes it to IN_PROGRESS; the donor's page still offers that step.
  await asUser(
    baseURL!,
    DEMO.coordinator,
    `mutation($input: ChangePledgeStatusInput!) { changePledgeStatus(input: $input) { id } }`,
    { input: { id: pledgeId, status: 'IN_PROGRESS', reason: 'First course under way' } },
  );
  const before = await pledgeOf(baseURL!, pledgeId);
  expect(before.statusHistory).toHaveLength(3);
  await donor.getByRole('button', { name: fr.pledges.action.IN_PROGRESS }).click();
  await donor.getByRole('textbox', { name: /^Raison/ }).fill(REASON_STALE);
  await donor.getByRole('button', { name: fr.pledges.page.confirmStatus }).click();
  // Refused, in French, and the page now shows the pledge as it is.
  await expect(
    donor.getByRole('alert').filter({ hasText: fr.errors.pledgeStatus.CONFLICT }),
  ).toBeVisible();
  await expect(donor.getByTestId('pledge-status')).toHaveText(fr.pledges.status.IN_PROGRESS);
  const after = await pledgeOf(baseURL!, pledgeId);
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toContain(REASON_STALE);
  await expectAccessible(donor);
  await screenshot(donor, 'pledge-refused-fr');

  // 4. The coordinator (English) finds it in the register, filtered by state and status.
  const coordinator = await newPage(browser, 'en');
  await signIn(
    coordinator,
    DEMO.coordinator,
    `/pledges?ministerial=${ministerialId}&state=USA&status=IN_PROGRESS`,
  );
  const row = coordinator.getByTestId('pledge-row').filter({ hasText: TEXT_FR });
  await expect(row).toBeVisible();
  await expect(row).toContainText('United States');
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'pledges-en');
  await row.getByRole('link', { name: TEXT_FR }).click();
  await expect(coordinator.getByTestId('pledge-status')).toHaveText('In progress');
  const history = coordinator.getByTestId('pledge-history');
  await expect(history).toContainText(DEMO.donor);
  await expect(history).toContainText(REASON_COMMIT);
  await expect(history).toContainText('Committed → In progress');
  await expect(coordinator.getByTestId('pledge-fulfilment')).toContainText('0%');
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'pledge-en');

  // 5. The coordinator adds a requirement line the pledge does not fill, then reads the report.
  await coordinator.goto(`/ministerials/${ministerialId}`);
  await expect(coordinator.getByTestId('requirements-report')).toBeVisible();
  const form = coordinator.getByRole('form', { name: 'Add a requirement line' });
  await form.getByRole('combobox', { name: /^Category/ }).click();
  await coordinator.getByRole('option', { name: 'Medical' }).click();
  await form.getByRole('textbox', { name: /^Capability/ }).fill(CAPABILITY);
  await form.getByRole('textbox', { name: /^Quantity/ }).fill('30');
  await form.getByRole('combobox', { name: /^Unit/ }).click();
  await coordinator.getByRole('option', { name: 'trainees' }).click();
  await form.getByRole('button', { name: 'Add the line' }).click();
  const ourRow = coordinator.getByTestId('requirements-row').filter({ hasText: CAPABILITY });
  await expect(ourRow).toHaveAttribute('data-unfilled', 'true');
  const ourCells = ourRow.getByRole('cell');
  await expect(ourCells.nth(1)).toContainText('Unfilled');
  // 30 required; 12 pledged and committed (in progress counts), none delivered: 40% covered.
  for (const [index, value] of [
    [3, '1'],
    [4, '30'],
    [5, '1'],
    [6, '12'],
    [7, '12'],
    [8, '0'],
    [9, '18'],
    [10, '40%'],
    [11, '0%'],
  ] as const)
    await expect(ourCells.nth(index)).toHaveText(value);

  // Every row of the page equals the API's report for the same Ministerial.
  const report = await asUser<{
    pledgeRequirementsReport: {
      requirementLines: number;
      unfilledLines: number;
      pledges: number;
      rows: Record<string, string | number | boolean | null>[];
    }[];
  }>(
    baseURL!,
    DEMO.coordinator,
    `query($filter: PledgeReportFilter) { pledgeRequirementsReport(filter: $filter) {
      requirementLines unfilledLines pledges
      rows { capability unit requirementLines required pledges pledged committed delivered shortfall coveredPercent fulfilledPercent unfilled }
    } }`,
    { filter: { ministerial: [ministerialId] } },
  );
  const [berlin] = report.pledgeRequirementsReport;
  const number = (value: unknown) => (value as number).toLocaleString('en-GB');
  const percent = (value: unknown) =>
    value === null
      ? '—'
      : ((value as number) / 100).toLocaleString('en-GB', {
          style: 'percent',
          maximumFractionDigits: 1,
        });
  const rows = coordinator.getByTestId('requirements-row');
  await expect(rows).toHaveCount(berlin.rows.length);
  for (const [index, expected] of berlin.rows.entries()) {
    const cells = rows.nth(index).getByRole('cell');
    await expect(cells.nth(1)).toContainText(
      (expected.capability as string | null) ?? 'The whole category',
    );
    await expect(cells.nth(3)).toHaveText(number(expected.requirementLines));
    await expect(cells.nth(4)).toHaveText(number(expected.required));
    await expect(cells.nth(5)).toHaveText(number(expected.pledges));
    await expect(cells.nth(6)).toHaveText(number(expected.pledged));
    await expect(cells.nth(7)).toHaveText(number(expected.committed));
    await expect(cells.nth(8)).toHaveText(number(expected.delivered));
    await expect(cells.nth(9)).toHaveText(number(expected.shortfall));
    await expect(cells.nth(10)).toHaveText(percent(expected.coveredPercent));
    await expect(cells.nth(11)).toHaveText(percent(expected.fulfilledPercent));
    await expect(rows.nth(index)).toHaveAttribute('data-unfilled', String(expected.unfilled));
  }
  await expect(coordinator.getByTestId('requirements-summary')).toHaveText(
    `Requirement lines: ${berlin.requirementLines}. Unfilled: ${berlin.unfilledLines}. Pledges (not withdrawn): ${berlin.pledges}.`,
  );
  await expect(
    coordinator.getByTestId('follow-up-row').filter({ hasText: 'United States' }),
  ).toBeVisible();
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'ministerial-en');
});

for (const language of ['en', 'fr'] as const) {
  test(`the public summary signed out in ${language === 'en' ? 'English' : 'French'}: figures, no person`, async ({
    browser,
  }) => {
    const page = await newPage(browser, language);
    watchApi(page);
    await page.goto('/public/pledges');
    await expect(page).toHaveURL(/\/public\/pledges$/);
    const heading =
      language === 'en'
        ? 'Peacekeeping Ministerial pledges: public summary'
        : fr.pledges.public.title;
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByTestId('public-ministerial').first()).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name:
          language === 'en'
            ? '2025 Peacekeeping Ministerial, Berlin'
            : 'Réunion ministérielle sur le maintien de la paix de 2025, Berlin',
      }),
    ).toBeVisible();
    // Nothing about a person: no e-mail, no demo account, no pledge wording or reason.
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('@');
    for (const email of Object.values(DEMO)) expect(text).not.toContain(email);
    expect(text).not.toContain(STAMP);
    await expect(page.getByRole('button', { name: /^(Sign out|Se déconnecter)$/ })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, `public-pledges-${language}`);

    // Turned off (PUBLIC_PLEDGE_SUMMARY=false), the API answers NOT_FOUND: said in words. The
    // answer is the API's own shape for that case (test/pledge-reports.e2e-spec.ts checks it).
    await page.route('**/graphql**', async (route) => {
      const url = new URL(route.request().url());
      if (
        !(url.searchParams.get('query') ?? route.request().postData() ?? '').includes(
          'publicPledgeSummary',
        )
      )
        return route.continue();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'The public pledge summary is turned off on this server',
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        }),
      });
    });
    await page.reload();
    await expect(page.getByTestId('public-off')).toHaveText(
      language === 'en'
        ? 'The public summary is not publishedThis server does not publish the summary of the pledges. Ask the Light Coordination Mechanism for it, or sign in.'
        : `${fr.pledges.public.offTitle}${fr.pledges.public.off}`,
    );
    await expectAccessible(page);
    await screenshot(page, `public-pledges-off-${language}`);
  });
}
