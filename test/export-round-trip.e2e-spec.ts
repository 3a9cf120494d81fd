import { download, parseCsv, type Table, tableOf } from './support/downloads';
import { gapInput, offerInput } from './support/factories';
import { startTestApi, type TestApi } from './support/test-api';
import { uploadMutation } from './support/uploads';

const IMPORT = (list: 'Gaps' | 'Offers') => `mutation ($file: Upload!) {
  import${list}(file: $file) { rows imported skipped errors { line column reason code } }
}`;

interface ImportResult {
  rows: number;
  imported: number;
  skipped: number;
  errors: unknown[];
}

const FIGURES = 'gaps demand proposed confirmed delivered unmet coveredPercent';
const REPORTS = `{
  byCategory: coverageReport(by: CATEGORY) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
  byState: coverageReport(by: MEMBER_STATE) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
  byMission: coverageReport(by: MISSION) { rows { key label ${FIGURES} } totals { ${FIGURES} } }
  donorSummaries { donorIso3 offers capacity byCategory { category offers capacity } }
}`;

/** The columns an import reads (the others, id, status, createdAt …, are for reading only). */
const GAP_INPUT_COLUMNS = [
  'externalRef',
  'memberState',
  'mission',
  'unitType',
  'category',
  'capability',
  'title',
  'description',
  'quantity',
  'unit',
  'priority',
  'languages',
  'preferredDeliveryModes',
  'neededFrom',
  'neededBy',
  'objectiveIndicator',
  'objectiveBaseline',
  'objectiveTarget',
  'source',
  'open',
];
const OFFER_INPUT_COLUMNS = [
  'externalRef',
  'donor',
  'category',
  'capabilities',
  'title',
  'description',
  'capacity',
  'unit',
  'costPerUnit',
  'budget',
  'languages',
  'deliveryModes',
  'eligible',
  'excluded',
  'availableFrom',
  'availableTo',
  'open',
];

/**
 * The importable cells of each row, by reference: rows imported from one file share their
 * created_at (one transaction), so the target's file lists them in id order.
 */
const pick = (table: Table, columns: string[]) =>
  table.rows
    .map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])))
    .sort((a, b) => a.externalRef.localeCompare(b.externalRef));

/**
 * Export → import into an empty database → the same report. Gaps and offers are made through
 * the API in one database, exported as CSV and as XLSX, and each file pair imported into a
 * database of its own: the coverage reports and donor summaries come out the same, the
 * re-exported files carry the same importable columns, and importing the files again adds
 * nothing.
 */
describe('export round trip', () => {
  let source: TestApi;
  const targets: TestApi[] = [];
  let before: unknown;

  async function call<T>(api: TestApi, query: string, variables?: Record<string, unknown>) {
    const response = await api.graphql<T>(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  beforeAll(async () => {
    source = await startTestApi();
    const gaps = [
      gapInput({ open: true }),
      gapInput({
        open: true,
        memberState: 'SEN',
        mission: 'MONUSCO',
        title: 'Évacuation sanitaire, « CASEVAC », équipes; 2 bases',
        description: 'Line one,\nline two with "quotes"',
        quantity: 25,
        languages: ['fr'],
        preferredDeliveryModes: ['IN_COUNTRY', 'MOBILE_TEAM'],
      }),
      gapInput({
        open: true,
        memberState: 'BGD',
        mission: null,
        unitType: null,
        category: 'ENGINEERING',
        capability: 'C_IED',
        quantity: 12,
        priority: 'CRITICAL',
        languages: ['en'],
        objective: { indicator: 'Teams certified', baseline: 0.5, target: 12.25 },
        externalRef: 'PCRS-2027-0042',
      }),
      gapInput({ memberState: 'NPL', quantity: 99 }), // a draft
      gapInput({ open: true, memberState: 'RWA', quantity: 7, capability: 'COMBAT_LIFESAVER' }),
    ];
    const ids: string[] = [];
    for (const input of gaps) {
      const { createGap } = await call<{ createGap: { id: string } }>(
        source,
        'mutation($input: CreateGapInput!) { createGap(input: $input) { id } }',
        { input },
      );
      ids.push(createGap.id);
    }
    // The last is cancelled: it leaves the reports, and re-imports as a draft.
    await call(source, 'mutation($id: ID!) { cancelGap(input: { id: $id }) { id } }', {
      id: ids[4],
    });
    const offers = [
      offerInput({ open: true }),
      offerInput({
        open: true,
        donor: 'GBR',
        capacity: 60,
        costPerUnit: 1250.5,
        budget: 50_000,
        languages: ['en'],
        eligible: ['SEN', '002'],
        excluded: ['RWA'],
      }),
      offerInput({ open: true, category: 'ENGINEERING', capabilities: ['C_IED'], capacity: 15 }),
      offerInput({ donor: 'FRA', capacity: 30 }), // a draft
    ];
    for (const input of offers) {
      await call(
        source,
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input,
        },
      );
    }
    before = await call(source, REPORTS);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([source, ...targets].map((api) => api?.close()));
  });

  async function importFile(api: TestApi, list: 'Gaps' | 'Offers', name: string, body: Buffer) {
    const response = await uploadMutation<Record<string, ImportResult>>(
      api.url,
      api.tokens.coordinator,
      IMPORT(list),
      { name, content: body },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data![`import${list}`];
  }

  it.each(['csv', 'xlsx'])(
    '%s: imported into an empty database, the same reports; again, nothing added',
    async (format) => {
      const gapsFile = await download(source, `gaps.${format}`);
      const offersFile = await download(source, `offers.${format}`);
      expect([gapsFile.status, offersFile.status]).toEqual([200, 200]);

      const target = await startTestApi();
      targets.push(target);
      const empty = await call<{ byCategory: { rows: unknown[] } }>(target, REPORTS);
      expect(empty.byCategory.rows).toEqual([]);

      expect(await importFile(target, 'Gaps', `gaps.${format}`, gapsFile.body)).toEqual({
        rows: 5,
        imported: 5,
        skipped: 0,
        errors: [],
      });
      expect(await importFile(target, 'Offers', `offers.${format}`, offersFile.body)).toEqual({
        rows: 4,
        imported: 4,
        skipped: 0,
        errors: [],
      });

      const after = await call(target, REPORTS);
      expect(after).toEqual(before);
      // Demand the reports count: gaps 40 + 25 + 12 (the draft and the cancelled one left out).
      expect(
        (after as { byCategory: { totals: { demand: number } } }).byCategory.totals.demand,
      ).toBe(77);

      // Exported again, the importable columns are the same: references included (the source's
      // ids, or its own reference), so either database's file imports into the other as a re-import.
      const sourceGaps = await tableOf(await download(source, `gaps.${format}`));
      const targetGaps = await tableOf(await download(target, `gaps.${format}`));
      expect(pick(targetGaps, GAP_INPUT_COLUMNS)).toEqual(pick(sourceGaps, GAP_INPUT_COLUMNS));
      // Drafts and cancelled gaps re-import as drafts; the published ones as OPEN.
      const statusOf = (table: Table) =>
        Object.fromEntries(table.rows.map((row) => [row.externalRef, row.status]));
      const sourceStatuses = statusOf(sourceGaps);
      expect(Object.values(sourceStatuses).sort()).toEqual([
        'CANCELLED',
        'DRAFT',
        'OPEN',
        'OPEN',
        'OPEN',
      ]);
      expect(statusOf(targetGaps)).toEqual(
        Object.fromEntries(
          Object.entries(sourceStatuses).map(([ref, status]) => [
            ref,
            status === 'CANCELLED' ? 'DRAFT' : status,
          ]),
        ),
      );
      const sourceOffers = await tableOf(await download(source, `offers.${format}`));
      const targetOffers = await tableOf(await download(target, `offers.${format}`));
      expect(pick(targetOffers, OFFER_INPUT_COLUMNS)).toEqual(
        pick(sourceOffers, OFFER_INPUT_COLUMNS),
      );
      expect(sourceGaps.rows[1]).toMatchObject({
        title: 'Évacuation sanitaire, « CASEVAC », équipes; 2 bases',
        description: 'Line one,\nline two with "quotes"',
        languages: 'fr',
        preferredDeliveryModes: 'IN_COUNTRY;MOBILE_TEAM',
      });
      expect(sourceGaps.rows[2]).toMatchObject({
        externalRef: 'PCRS-2027-0042',
        mission: '',
        objectiveBaseline: '0.5',
        objectiveTarget: '12.25',
      });

      // Importing the same files again adds nothing.
      for (const [list, file] of [
        ['Gaps', gapsFile],
        ['Offers', offersFile],
      ] as const) {
        const again = await importFile(target, list, `${list}.${format}`, file.body);
        expect(again).toMatchObject({ imported: 0, skipped: again.rows, errors: [] });
      }
      expect(await call(target, REPORTS)).toEqual(before);
      expect(parseCsv((await download(target, 'gaps.csv')).body).rows).toHaveLength(5);
    },
    60_000,
  );
});
