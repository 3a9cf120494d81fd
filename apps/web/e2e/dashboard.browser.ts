import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Locator, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import en from '../src/i18n/locales/en.json';
import {
  asUser,
  DEMO,
  expectAccessible,
  runMatchingAs,
  SCREENSHOTS,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

/**
 * The dashboard against the API, for one filter: the demo's LEADERSHIP and OTHER gaps. Both are
 * small and hand-checkable from libs/demo-data/data/demo-gaps.csv: five gaps, 100 units (20 + 8 +
 * 12 leadership courses, all in French only; 20 + 40 OTHER, in English or Mongolian). No open
 * offer serves OTHER (Norway's is a draft), so its two gaps stay unmet by every run.
 */
const CATEGORIES = ['LEADERSHIP', 'OTHER'];
const PATH = `/dashboard?category=${CATEGORIES.join(',')}&days=&runs=1`;
const OTHER_GAP_TITLES = [
  'Certified instructors for the national peacekeeping training centre',
  'English language training for staff officer candidates',
];

type Cell = string | number | null;
type Row = Cell[];

const FIGURES = 'gaps demand confirmed delivered proposed unmet coveredPercent';
const LANGUAGE =
  'gaps demand confirmed confirmedInLanguage proposed proposedInLanguage unmet inLanguagePercent';

const REPORTS = `
  query Dashboard($filter: GapReportFilter, $donors: DonorReportFilter,
      $outcomes: OutcomeReportFilter, $trend: GapReportFilter!) {
    CATEGORY: coverageReport(by: CATEGORY, filter: $filter) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
    MISSION: coverageReport(by: MISSION, filter: $filter) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
    REGION: coverageReport(by: REGION, filter: $filter) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
    PRIORITY: coverageReport(by: PRIORITY, filter: $filter) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
    persistentGaps(filter: $filter, unmetInLastRuns: 1, first: 50) {
      edges { node { title memberStateName category priority daysOpen demand confirmed proposed unmet runsUnmet } }
    }
    donorSummaries(filter: $donors) {
      donorName offers capacity reserved allocated allocatedPercent partnerships delivered
    }
    languageFitReport(language: "fr", filter: $filter) {
      onlyLanguage { ${LANGUAGE} } alsoOtherLanguages { ${LANGUAGE} } total { ${LANGUAGE} }
    }
    partnershipOutcomes(filter: $outcomes, first: 100) {
      edges { node { gapTitle memberStateIso3 donorIso3 indicator baseline target after measuredOn targetProgressPercent } }
    }
    gapTrend(filter: $trend) { months { month opened matched delivered } totals { opened matched delivered } }
  }`;

type Figures = Record<string, number | null>;
interface Reports {
  [by: string]: unknown;
  persistentGaps: { edges: { node: Record<string, string | number | null> }[] };
  donorSummaries: Record<string, string | number | null>[];
  languageFitReport: Record<'onlyLanguage' | 'alsoOtherLanguages' | 'total', Figures>;
  partnershipOutcomes: { edges: { node: Record<string, string | number | null> }[] };
  gapTrend: { months: Figures[]; totals: Figures };
}
interface Coverage {
  rows: ({ key: string | null; label: string } & Figures)[];
  totals: Figures;
}

/** The trend's default period, as the page computes it: the 12 months up to today (UTC). */
function defaultTrendPeriod(): { from: string; to: string } {
  const today = new Date();
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: from.toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };
}

/** An exact number as the English page formats it; null as a dash. */
const shown = (cell: Cell) =>
  cell === null ? '—' : typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell;
/** A cell as the CSV writes it (text that could start a formula gets a leading quote). */
const written = (cell: Cell) =>
  cell === null
    ? ''
    : typeof cell === 'number'
      ? String(cell)
      : cell.replace(/^(?='*[=+\-@])/, "'");

const pick = (figures: Figures, names: string) => names.split(' ').map((name) => figures[name]);
const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

function coverageLabel(by: string, key: string | null, label: string): string {
  if (key === null) return en.dashboard.coverage.noMission;
  const labels: Record<string, Record<string, string>> = {
    CATEGORY: en.enum.Category,
    PRIORITY: en.enum.Priority,
    MISSION: en.mission,
    REGION: en.dashboard.region,
  };
  return labels[by][key] ?? label;
}

/** Each panel's heading and the rows (body, then totals) its table should hold. */
function expectedPanels(reports: Reports): [string, Row[]][] {
  const coverage = (['CATEGORY', 'MISSION', 'REGION', 'PRIORITY'] as const).map((by) => {
    const report = reports[by] as Coverage;
    const name = by.toLowerCase() as 'category' | 'mission' | 'region' | 'priority';
    return [
      en.dashboard.coverage.title[name],
      [
        ...report.rows.map((row) => [coverageLabel(by, row.key, row.label), ...pick(row, FIGURES)]),
        ['Total', ...pick(report.totals, FIGURES)],
      ],
    ] as [string, Row[]];
  });
  const language = reports.languageFitReport;
  const trend = reports.gapTrend;
  return [
    ...coverage,
    [
      en.dashboard.trend.title,
      [
        ...trend.months.map((month) => [
          monthLabel(String(month.month)),
          ...pick(month, 'opened matched delivered'),
        ]),
        ['Total', ...pick(trend.totals, 'opened matched delivered')],
      ],
    ],
    [
      en.dashboard.language.title,
      [
        [en.dashboard.language.group.onlyLanguage, ...pick(language.onlyLanguage, LANGUAGE)],
        [
          en.dashboard.language.group.alsoOtherLanguages,
          ...pick(language.alsoOtherLanguages, LANGUAGE),
        ],
        ['Total', ...pick(language.total, LANGUAGE)],
      ],
    ],
    [
      en.dashboard.persistent.title,
      reports.persistentGaps.edges.map(({ node }) => [
        node.title,
        node.memberStateName,
        en.enum.Category[node.category as keyof typeof en.enum.Category],
        en.enum.Priority[node.priority as keyof typeof en.enum.Priority],
        ...pick(node as Figures, 'daysOpen demand confirmed proposed unmet runsUnmet'),
      ]),
    ],
    [
      en.dashboard.donors.title,
      reports.donorSummaries.map((donor) => [
        donor.donorName,
        ...pick(
          donor as Figures,
          'offers capacity reserved allocated allocatedPercent partnerships delivered',
        ),
      ]),
    ],
    [
      en.dashboard.outcomes.title,
      reports.partnershipOutcomes.edges.map(({ node }) =>
        'gapTitle memberStateIso3 donorIso3 indicator baseline target after measuredOn targetProgressPercent'
          .split(' ')
          .map((name) => node[name]),
      ),
    ],
  ];
}

async function cellsOf(rows: Locator): Promise<string[][]> {
  return rows.evaluateAll((elements) =>
    elements.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        (cell.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
      ),
    ),
  );
}

/** The panel's CSV download, parsed. */
async function downloadedCsv(page: Page, panel: Locator): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: /^Download CSV/ }).click();
  const path = await (await download).path();
  return parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
}

/** A succeeded run after the demo gaps opened (the persistent gaps' "unmet by the last run"). */
async function ensureSucceededRun(baseURL: string): Promise<void> {
  const { matchRuns } = await asUser<{ matchRuns: { totalCount: number } }>(
    baseURL,
    DEMO.coordinator,
    `{ matchRuns(first: 1, status: [SUCCEEDED]) { totalCount } }`,
  );
  if (matchRuns.totalCount > 0) return;
  await runMatchingAs(baseURL, DEMO.coordinator);
}

test.describe('dashboard', () => {
  test('each panel shows the API report for the filter, its CSV the same numbers, in English and French', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    await ensureSucceededRun(baseURL!);
    await signIn(page, DEMO.analyst, PATH);
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();

    const filter = { category: CATEGORIES };
    const reports = await asUser<Reports>(baseURL!, DEMO.analyst, REPORTS, {
      filter,
      donors: filter,
      outcomes: filter,
      trend: { ...filter, period: defaultTrendPeriod() },
    });

    // By hand, from the demo file: 5 gaps, 100 units; 40 of them in French only, all opened in
    // the trend's last month; the two OTHER gaps left unmet by the last run.
    const byCategory = reports.CATEGORY as Coverage;
    expect(byCategory.totals).toMatchObject({ gaps: 5, demand: 100 });
    expect(byCategory.rows.find((row) => row.key === 'OTHER')).toMatchObject({
      demand: 60,
      unmet: 60,
    });
    expect(reports.languageFitReport.onlyLanguage).toMatchObject({ gaps: 3, demand: 40 });
    expect(reports.languageFitReport.alsoOtherLanguages).toMatchObject({ gaps: 0, demand: 0 });
    expect(reports.gapTrend.totals.opened).toBe(5);
    expect(reports.persistentGaps.edges.map(({ node }) => node.title)).toEqual(
      expect.arrayContaining(OTHER_GAP_TITLES),
    );

    for (const [title, rows] of expectedPanels(reports)) {
      const panel = page.getByRole('region', { name: title });
      await expect(panel.getByRole('heading', { name: title, level: 2 })).toBeVisible();
      const csv = await downloadedCsv(page, panel);
      expect(csv.slice(1), `${title}: CSV`).toEqual(rows.map((row) => row.map(written)));
      if (rows.length === 0) {
        await expect(panel.getByText(en.dashboard.empty)).toBeVisible();
        continue;
      }
      const showTable = panel.getByRole('button', { name: en.dashboard.showTable });
      if (await showTable.isVisible()) await showTable.click();
      const table = panel.getByRole('table');
      await expect(table).toBeVisible();
      expect(await cellsOf(table.locator('tbody tr, tfoot tr')), `${title}: table`).toEqual(
        rows.map((row) => row.map(shown)),
      );
      expect((await cellsOf(table.locator('thead tr')))[0], `${title}: CSV header`).toEqual(csv[0]);
    }
    await screenshot(page, 'dashboard-en');
    await expectAccessible(page);

    // The same link in French: French titles, numbers and catalogue.
    const context = await browser.newContext({ locale: 'fr-FR' });
    const french = await context.newPage();
    await useLanguage(french, 'fr');
    await signIn(french, DEMO.analyst, PATH);
    await expect(french.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    for (const title of [
      'Couverture par catégorie',
      'Couverture par mission',
      'Couverture par région M49',
      'Couverture par priorité',
      'Lacunes persistantes',
      'Synthèse par donateur',
      'Résultats des partenariats',
    ]) {
      await expect(french.getByRole('heading', { name: title, level: 2 })).toBeVisible();
    }
    await expect(
      french.getByRole('heading', { name: /^Français\s?: besoins couverts en français$/ }),
    ).toBeVisible();
    const category = french.getByRole('region', { name: 'Couverture par catégorie' });
    await category.getByRole('button', { name: 'Afficher le tableau' }).click();
    await expect(category.getByRole('table').locator('tfoot')).toContainText('100');
    await expect(category.getByRole('columnheader', { name: 'Non couvert' })).toBeVisible();
    await screenshot(french, 'dashboard-fr');
    await expectAccessible(french);
    await context.close();
  });
  test('the map colours the countries the API reports, and a click on a T/PCC filters every panel', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await ensureSucceededRun(baseURL!);
    const filter = { category: CATEGORIES };
    const { openDemandByMemberState: demand, donorSummaries: capacity } = await asUser<{
      openDemandByMemberState: { memberStateIso3: string; open: number }[];
      donorSummaries: { donorIso3: string; capacity: number }[];
    }>(
      baseURL!,
      DEMO.analyst,
      `query($filter: GapReportFilter, $donors: DonorReportFilter) {
        openDemandByMemberState(filter: $filter) { memberStateIso3 open }
        donorSummaries(filter: $donors) { donorIso3 capacity } }`,
      { filter, donors: filter },
    );
    expect(demand.length).toBeGreaterThan(0);
    await signIn(page, DEMO.analyst, PATH);
    const mapPanel = page.locator('[data-panel="map"]');
    const map = page.getByTestId('world-map');
    await expect(map).toHaveAttribute('data-mode', 'demand');
    const coloured = async () =>
      Object.fromEntries(
        await map
          .locator('[data-iso3][data-value]')
          .evaluateAll((paths) =>
            paths.map((path) => [
              path.getAttribute('data-iso3'),
              Number(path.getAttribute('data-value')),
            ]),
          ),
      );
    await expect
      .poll(coloured)
      .toEqual(Object.fromEntries(demand.map((row) => [row.memberStateIso3, row.open])));

    // Capacity by donor: the other report's countries.
    await mapPanel.getByText(en.dashboard.map.mode.capacity, { exact: true }).click();
    await expect(map).toHaveAttribute('data-mode', 'capacity');
    await expect
      .poll(coloured)
      .toEqual(Object.fromEntries(capacity.map((row) => [row.donorIso3, row.capacity])));

    // Back to demand; the T/PCC with the most open demand, clicked, filters the dashboard.
    await mapPanel.getByText(en.dashboard.map.mode.demand, { exact: true }).click();
    const [largest] = [...demand].sort((a, b) => b.open - a.open);
    await map.locator(`[data-iso3="${largest.memberStateIso3}"][data-value]`).click();
    await expect(page).toHaveURL(new RegExp(`tpcc=${largest.memberStateIso3}`));
    const { coverageReport } = await asUser<{ coverageReport: { totals: { demand: number } } }>(
      baseURL!,
      DEMO.analyst,
      `query($filter: GapReportFilter) { coverageReport(by: CATEGORY, filter: $filter) { totals { demand } } }`,
      { filter: { ...filter, memberState: [largest.memberStateIso3] } },
    );
    const panel = page.locator('[data-panel="coverage-category"]');
    await panel.getByRole('button', { name: en.dashboard.showTable }).click();
    await expect(panel.locator('tfoot tr td').nth(1)).toHaveText(
      coverageReport.totals.demand.toLocaleString('en-GB'),
    );
    await screenshot(page, 'dashboard-map-en');
    await expectAccessible(page);
  });
  test("a T/PCC officer's dashboard: its own state's figures, as the API scopes them, without donor summaries", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const query = `{ coverageReport(by: CATEGORY) { totals { ${FIGURES} } }
      byState: coverageReport(by: MEMBER_STATE) { rows { key } } }`;
    type Scoped = { coverageReport: { totals: Figures }; byState: { rows: { key: string }[] } };
    const tpcc = await asUser<Scoped>(baseURL!, DEMO.tpcc, query);
    const analyst = await asUser<Scoped>(baseURL!, DEMO.analyst, query);
    // The API's scope: Bangladesh's gaps only, fewer than every state's.
    expect(tpcc.byState.rows.map((row) => row.key)).toEqual(['BGD']);
    expect(tpcc.coverageReport.totals.gaps).toBeGreaterThan(0);
    expect(tpcc.coverageReport.totals.demand!).toBeLessThan(analyst.coverageReport.totals.demand!);

    await signIn(page, DEMO.tpcc, '/dashboard');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    const panel = page.getByRole('region', { name: en.dashboard.coverage.title.category });
    await panel.getByRole('button', { name: en.dashboard.showTable }).click();
    expect(await cellsOf(panel.getByRole('table').locator('tfoot tr'))).toEqual([
      ['Total', ...pick(tpcc.coverageReport.totals, FIGURES)].map(shown),
    ]);
    // Donor summaries are refused to T/PCCs: neither their panel nor the map's capacity mode.
    await expect(page.getByTestId('world-map')).toHaveAttribute('data-mode', 'demand');
    await expect(page.locator('[data-panel] .mantine-Loader-root')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: en.dashboard.donors.title })).toHaveCount(0);
    await expect(page.getByText(en.dashboard.map.mode.capacity, { exact: true })).toHaveCount(0);
    // The map's title names only what it shows them.
    await expect(
      page.getByRole('heading', { name: en.dashboard.map.titleDemandOnly, level: 2 }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: en.dashboard.map.title })).toHaveCount(0);
    await expect(page.locator('[data-panel] [role="alert"]')).toHaveCount(0);
    await screenshot(page, 'dashboard-tpcc-en');
    await expectAccessible(page);

    const context = await browser.newContext({ locale: 'fr-FR' });
    const french = await context.newPage();
    await useLanguage(french, 'fr');
    await signIn(french, DEMO.tpcc, '/dashboard');
    await expect(french.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    await expect(french.getByTestId('world-map')).toBeVisible();
    await expect(
      french.getByRole('heading', { name: 'Besoins ouverts sur la carte', level: 2 }),
    ).toBeVisible();
    await expect(french.locator('[data-panel] .mantine-Loader-root')).toHaveCount(0);
    await expect(french.locator('[data-panel] [role="alert"]')).toHaveCount(0);
    await screenshot(french, 'dashboard-tpcc-fr');
    await expectAccessible(french);
    await context.close();
  });
  test('the briefing PDF of the filtered dashboard, in French: its title, its filters and the numbers', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await ensureSucceededRun(baseURL!);
    const { coverageReport } = await asUser<{
      coverageReport: { totals: { gaps: number; demand: number } };
    }>(
      baseURL!,
      DEMO.analyst,
      `query($filter: GapReportFilter) { coverageReport(by: CATEGORY, filter: $filter) { totals { gaps demand } } }`,
      { filter: { category: CATEGORIES } },
    );
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await useLanguage(page, 'fr');
    await signIn(page, DEMO.analyst, PATH);
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }),
    ).toBeVisible();
    // Every panel loaded before printing (the map last: its own chunk).
    await expect(page.getByTestId('world-map')).toBeVisible();
    await expect(page.locator('[data-panel] .mantine-Loader-root')).toHaveCount(0);
    // What the button's window.print() prints: Chromium's print to PDF, which fires `beforeprint`
    // (the charts' tables are laid out then, not on screen) and lays the page out with the print
    // stylesheet as window.print() does. The category table's totals below prove the tables came.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'briefing-fr.pdf'), pdf);
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    const words = text.replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(totalPages).toBeGreaterThan(1);
    expect(words).toContain('Tableau de bord');
    expect(words).toContain('Couverture par catégorie');
    // The filters in words, since the form is not printed; the app's menu is not printed either.
    expect(words).toContain('Catégorie : Leadership, Autre');
    expect(words).not.toContain('Lacunes capacitaires Offres');
    // The category table's totals row: gaps, then demand, as the API counts them.
    expect(words).toContain(`Total ${coverageReport.totals.gaps} ${coverageReport.totals.demand}`);
  });
});
