import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import ExcelJS from 'exceljs';

import { processEnvironment } from './support/processes';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';
import { uploadMutation, type UploadFile } from './support/uploads';

const IMPORT_GAPS = `mutation ($file: Upload!) {
  importGaps(file: $file) { rows imported skipped ids errors { line column reason code rule args } }
}`;
const IMPORT_OFFERS = `mutation ($file: Upload!) {
  importOffers(file: $file) { rows imported skipped ids errors { line column reason code } }
}`;

interface ImportResult {
  rows: number;
  imported: number;
  skipped: number;
  ids: string[];
  errors: {
    line: number;
    column: string;
    reason: string;
    code: string;
    rule?: string | null;
    args?: unknown;
  }[];
}

const GAP_HEADER =
  'externalRef,memberState,mission,category,capability,title,quantity,unit,priority,languages,neededFrom,neededBy,objectiveIndicator,objectiveBaseline,objectiveTarget,open';

/** A gap row of GAP_HEADER; `cells` replaces columns by name. */
function gapRow(reference: string, cells: Record<string, string> = {}): string {
  const row: Record<string, string> = {
    externalRef: reference,
    memberState: 'RWA',
    mission: 'MINUSCA',
    category: 'MEDICAL',
    capability: 'CASEVAC',
    title: `Gap ${reference}`,
    quantity: '10',
    unit: 'TRAINEES',
    priority: 'HIGH',
    languages: 'fr;en',
    neededFrom: '2027-01-15',
    neededBy: '2027-06-30',
    objectiveIndicator: '% of patrols with a CASEVAC team',
    objectiveBaseline: '30',
    objectiveTarget: '90',
    open: 'true',
    ...cells,
  };
  return GAP_HEADER.split(',')
    .map((name) => row[name])
    .join(',');
}

const csv = (name: string, lines: string[]): UploadFile => ({
  name,
  content: `${lines.join('\n')}\n`,
  type: 'text/csv',
});

async function xlsx(name: string, rows: (string | number | Date)[][]): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('gaps');
  rows.forEach((row) => sheet.addRow(row));
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe('import of gaps and offers (CSV, XLSX)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ IMPORT_MAX_BYTES: '20000' });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function upload(
    query: string,
    file: UploadFile,
    identity: TestIdentity | null = 'coordinator',
  ) {
    return uploadMutation<{ importGaps?: ImportResult; importOffers?: ImportResult }>(
      api.url,
      identity ? api.tokens[identity] : null,
      query,
      file,
    );
  }

  /** Rows of the tables an import writes, and audit entries: what a refused import must not change. */
  async function counts(): Promise<Record<string, number>> {
    const [row] = await api.dataSource.query<Record<string, string>[]>(
      `SELECT (SELECT count(*) FROM capability_gaps) AS gaps,
              (SELECT count(*) FROM offers) AS offers,
              (SELECT count(*) FROM audit_entries) AS audit`,
    );
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
  }

  it('imports a good CSV in one go: every row, with its reference, and an audit entry each', async () => {
    const before = await counts();
    const file = csv('gaps.csv', [
      GAP_HEADER,
      gapRow('CSV-1'),
      gapRow('CSV-2', { quantity: '25', open: 'false' }),
      gapRow('CSV-3', { mission: '', languages: 'en' }),
    ]);

    const response = await upload(IMPORT_GAPS, file);

    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.importGaps!;
    expect(result).toMatchObject({ rows: 3, imported: 3, skipped: 0, errors: [] });
    const stored = await api.dataSource.query<
      { external_ref: string; quantity: number; status: string; mission_code: string | null }[]
    >(
      `SELECT external_ref, quantity, status, mission_code FROM capability_gaps
       WHERE id = ANY($1) ORDER BY external_ref`,
      [result.ids],
    );
    expect(stored).toEqual([
      { external_ref: 'CSV-1', quantity: 10, status: 'OPEN', mission_code: 'MINUSCA' },
      { external_ref: 'CSV-2', quantity: 25, status: 'DRAFT', mission_code: 'MINUSCA' },
      { external_ref: 'CSV-3', quantity: 10, status: 'OPEN', mission_code: null },
    ]);
    const after = await counts();
    expect(after.gaps - before.gaps).toBe(3);
    const audited = await api.dataSource.query<{ entity_id: string }[]>(
      `SELECT entity_id FROM audit_entries WHERE entity_type = 'CapabilityGap' AND entity_id = ANY($1)`,
      [result.ids],
    );
    expect(audited).toHaveLength(3);
  });

  it('imports nothing from a file with bad rows, and names each bad row, column and reason', async () => {
    const before = await counts();
    const file = csv('gaps-with-errors.csv', [
      GAP_HEADER,
      gapRow('BAD-1'), // good, but must not be written
      gapRow('BAD-2', { category: 'ARTILLERY' }),
      gapRow('BAD-3', { neededFrom: '2027-07-01', neededBy: '2027-06-30' }),
      gapRow('BAD-4', { memberState: 'XXX' }),
      gapRow('BAD-5', { quantity: 'twelve' }),
      gapRow('BAD-1'),
      gapRow('BAD-7', { mission: 'NOPE' }),
      gapRow('BAD-8', { quantity: '0' }),
    ]);

    const response = await upload(IMPORT_GAPS, file);

    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.importGaps!;
    expect(result.imported).toBe(0);
    expect(result.ids).toEqual([]);
    const byLine = result.errors.map(({ line, column, code }) => ({ line, column, code }));
    expect(byLine).toEqual([
      { line: 3, column: 'category', code: 'BAD_USER_INPUT' },
      { line: 4, column: 'neededBy', code: 'BAD_USER_INPUT' },
      { line: 5, column: 'memberState', code: expect.stringMatching(/NOT_FOUND|BAD_USER_INPUT/) },
      { line: 6, column: 'quantity', code: 'BAD_USER_INPUT' },
      { line: 7, column: 'externalRef', code: 'BAD_USER_INPUT' },
      { line: 8, column: 'mission', code: expect.stringMatching(/NOT_FOUND|BAD_USER_INPUT/) },
      { line: 9, column: 'quantity', code: 'BAD_USER_INPUT' },
    ]);
    for (const error of result.errors) expect(error.reason.length).toBeGreaterThan(5);
    expect(result.errors[3].reason).toBe('quantity: "twelve" is not a whole number');
    expect(result.errors[4].reason).toBe('externalRef BAD-1 is also on line 2');
    // The rule broken and its values, for a client to say it in its own language.
    expect(result.errors.map(({ line, rule, args }) => ({ line, rule, args }))).toEqual([
      { line: 3, rule: 'isEnum', args: null },
      { line: 4, rule: null, args: null }, // the service's own check: its reason only
      { line: 5, rule: null, args: null },
      { line: 6, rule: 'wholeNumber', args: null },
      { line: 7, rule: 'duplicateReference', args: { line: 2 } },
      { line: 8, rule: null, args: null },
      { line: 9, rule: 'min', args: [1] },
    ]);
    expect(await counts()).toEqual(before);
  });

  describe('dry run (dryRun: true)', () => {
    const DRY_GAPS = `mutation ($file: Upload!) {
      importGaps(file: $file, dryRun: true) {
        rows imported skipped skippedLines wouldImport dryRun ids errors { line column code }
      }
    }`;
    const DRY_OFFERS = `mutation ($file: Upload!) {
      importOffers(file: $file, dryRun: true) { rows imported wouldImport dryRun ids errors { line } }
    }`;
    type DryResult = ImportResult & {
      skippedLines: number[];
      wouldImport: number;
      dryRun: boolean;
    };

    it('checks every row, says what would be imported and skipped, and writes nothing (no row, no audit entry, no run)', async () => {
      await upload(IMPORT_GAPS, csv('dry-seed.csv', [GAP_HEADER, gapRow('DRY-0')]));
      const before = await counts();
      const runs = async () =>
        Number(
          (await api.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM match_runs`))[0]
            .n,
        );
      const runsBefore = await runs();
      const file = csv('dry.csv', [GAP_HEADER, gapRow('DRY-0'), gapRow('DRY-1'), gapRow('DRY-2')]);

      const response = await upload(DRY_GAPS, file);

      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.importGaps).toEqual({
        rows: 3,
        imported: 0,
        skipped: 1,
        skippedLines: [2],
        wouldImport: 2,
        dryRun: true,
        ids: [],
        errors: [],
      });
      expect(await counts()).toEqual(before);
      expect(await runs()).toBe(runsBefore);

      // The same file for real: all or nothing as before, the figures the dry run announced.
      const real = (await upload(IMPORT_GAPS, file)).body.data!.importGaps!;
      expect(real).toMatchObject({ rows: 3, imported: 2, skipped: 1, errors: [] });
      expect((await counts()).gaps - before.gaps).toBe(2);
    });

    it("lists every bad row's errors and writes nothing", async () => {
      const before = await counts();
      const file = csv('dry-bad.csv', [
        GAP_HEADER,
        gapRow('DRYBAD-1'),
        gapRow('DRYBAD-2', { quantity: 'twelve' }),
        gapRow('DRYBAD-3', { neededFrom: '2027-07-01', neededBy: '2027-06-30' }),
      ]);
      const result = (await upload(DRY_GAPS, file)).body.data!.importGaps! as DryResult;
      expect(result).toMatchObject({ rows: 3, imported: 0, wouldImport: 0, dryRun: true });
      expect(result.errors).toEqual([
        { line: 3, column: 'quantity', code: 'BAD_USER_INPUT' },
        { line: 4, column: 'neededBy', code: 'BAD_USER_INPUT' },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('follows the import rules: a T/PCC may not, a donor only for its own state', async () => {
      const before = await counts();
      const denied = await upload(
        DRY_GAPS,
        csv('dry-tpcc.csv', [GAP_HEADER, gapRow('DRYT-1')]),
        'tpcc',
      );
      expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const offers = readFileSync('templates/offers-template.csv', 'utf8');
      const donor = await upload(
        DRY_OFFERS,
        { name: 'offers.csv', content: offers, type: 'text/csv' },
        'donor',
      );
      // The template's one row is USA's: the USA donor's dry run passes; with its donor made
      // FRA, the file is FORBIDDEN as for the import itself.
      expect(donor.body.errors).toBeUndefined();
      expect(donor.body.data!.importOffers).toMatchObject({
        wouldImport: 1,
        dryRun: true,
        ids: [],
      });
      const other = await upload(
        DRY_OFFERS,
        { name: 'offers.csv', content: offers.replace(',USA,', ',FRA,'), type: 'text/csv' },
        'donor',
      );
      expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const coordinator = await upload(DRY_OFFERS, {
        name: 'offers.csv',
        content: offers,
        type: 'text/csv',
      });
      expect(coordinator.body.errors).toBeUndefined();
      expect(coordinator.body.data!.importOffers).toMatchObject({
        imported: 0,
        dryRun: true,
        ids: [],
      });
      expect(await counts()).toEqual(before);
    });
  });

  it('skips rows already imported: the same file twice adds nothing the second time', async () => {
    const file = csv('again.csv', [GAP_HEADER, gapRow('AGAIN-1'), gapRow('AGAIN-2')]);
    const first = await upload(IMPORT_GAPS, file);
    expect(first.body.data!.importGaps).toMatchObject({ imported: 2, skipped: 0 });
    const before = await counts();

    const second = await upload(IMPORT_GAPS, file);
    expect(second.body.data!.importGaps).toMatchObject({ rows: 2, imported: 0, skipped: 2 });
    expect(await counts()).toEqual(before);

    // A grown file adds only its new row.
    const grown = csv('again.csv', [
      GAP_HEADER,
      gapRow('AGAIN-1'),
      gapRow('AGAIN-2'),
      gapRow('AGAIN-3'),
    ]);
    const third = await upload(IMPORT_GAPS, grown);
    expect(third.body.data!.importGaps).toMatchObject({ imported: 1, skipped: 2 });
  });

  it('reads XLSX files, dates typed as dates included', async () => {
    const header = GAP_HEADER.split(',');
    const row = gapRow('XLSX-1').split(',');
    const cells = row.map((cell, index) =>
      header[index] === 'neededFrom' ? new Date(Date.UTC(2027, 0, 15)) : cell,
    );
    const file = await xlsx('gaps.xlsx', [header, cells]);

    const response = await upload(IMPORT_GAPS, file);

    expect(response.body.data!.importGaps).toMatchObject({ imported: 1, errors: [] });
    const [gap] = await api.dataSource.query<{ needed_from: string }[]>(
      `SELECT needed_from::text FROM capability_gaps WHERE external_ref = 'XLSX-1'`,
    );
    expect(gap.needed_from).toBe('2027-01-15');
  });

  it.each([
    ['gaps', 'csv'],
    ['gaps', 'xlsx'],
    ['offers', 'csv'],
    ['offers', 'xlsx'],
  ])('imports the %s template (.%s) as it is in the repository', async (kind, format) => {
    const path = join(__dirname, '..', 'templates', `${kind}-template.${format}`);
    const query = kind === 'gaps' ? IMPORT_GAPS : IMPORT_OFFERS;
    // Both formats carry the same reference; the second import of a kind skips it.
    const response = await upload(query, {
      name: `template.${format}`,
      content: readFileSync(path),
    });
    const result = (
      kind === 'gaps' ? response.body.data?.importGaps : response.body.data?.importOffers
    )!;
    expect(response.body.errors).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(1);
    expect(result.imported + result.skipped).toBe(1);
  });

  it('refuses unknown or repeated columns on line 1 and writes nothing', async () => {
    const before = await counts();
    const file = csv('columns.csv', [`${GAP_HEADER},colour,title`, `${gapRow('COL-1')},red,x`]);
    const result = (await upload(IMPORT_GAPS, file)).body.data!.importGaps!;
    expect(result.imported).toBe(0);
    expect(result.errors.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 1, column: 'colour' },
      { line: 1, column: 'title' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is neither CSV nor XLSX, or not readable as its type', async () => {
    const text = await upload(IMPORT_GAPS, { name: 'gaps.txt', content: 'hello' });
    expect(text.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
    });
    const broken = await upload(IMPORT_GAPS, { name: 'gaps.xlsx', content: 'not a zip file' });
    expect(broken.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
    });
    expect(JSON.stringify(broken.body)).not.toMatch(/at .+\.(js|ts):\d+/);
  });

  it('refuses a file larger than IMPORT_MAX_BYTES without reading it all', async () => {
    const before = await counts();
    const rows = Array.from({ length: 200 }, (_, index) => gapRow(`BIG-${index}`));
    const response = await upload(IMPORT_GAPS, csv('big.csv', [GAP_HEADER, ...rows]));
    expect(response.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
    });
    expect(response.body.errors?.[0].message).toMatch(/size|large|limit/i);
    expect(await counts()).toEqual(before);
  });

  describe('the CLI (npm run cli -- import)', () => {
    async function cli(...args: string[]) {
      return promisify(execFile)(
        process.execPath,
        [
          '-r',
          '@swc-node/register',
          join(__dirname, '..', 'apps/cli/src/main.ts'),
          'import',
          ...args,
        ],
        {
          env: { ...process.env, ...processEnvironment(api.database) },
          cwd: join(__dirname, '..'),
        },
      ).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    }

    it('imports a good file (exit 0), then skips it (exit 0), and refuses a bad one (exit 1)', async () => {
      const good = join(tmpdir(), `lcm-import-${process.pid}.csv`);
      writeFileSync(good, `${GAP_HEADER}\n${gapRow('CLI-1')}\n${gapRow('CLI-2')}\n`);
      const first = await cli('gaps', good);
      expect(first).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('2 gaps imported, 0 already there'),
      });
      const again = await cli('gaps', good);
      expect(again).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('0 gaps imported, 2 already there'),
      });

      const before = await counts();
      const bad = join(tmpdir(), `lcm-import-bad-${process.pid}.csv`);
      writeFileSync(bad, `${GAP_HEADER}\n${gapRow('CLI-3')}\n${gapRow('CLI-4', { title: '' })}\n`);
      const refused = await cli('gaps', bad);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('nothing imported; 1 error(s)');
      expect(refused.stderr).toContain('line 3, title: title is required');
      expect(await counts()).toEqual(before);

      expect((await cli('things', good)).code).toBe(2);
      // Four CLI processes, each compiling and booting the application: seconds of CPU apiece.
    }, 120_000);
  });

  describe('who may import', () => {
    const OFFER_HEADER =
      'externalRef,donor,category,capabilities,title,capacity,unit,languages,deliveryModes,eligible,availableFrom,availableTo';
    const offerRow = (reference: string, donor: string) =>
      `${reference},${donor},MEDICAL,CASEVAC,Offer ${reference},50,TRAINEES,en;fr,MOBILE_TEAM,002,2027-01-01,2027-12-31`;

    it.each<[TestIdentity | null, string]>([
      [null, 'UNAUTHENTICATED'],
      ['analyst', 'FORBIDDEN'],
      ['donor', 'FORBIDDEN'],
      ['tpcc', 'FORBIDDEN'],
    ])('importGaps as %s: %s, nothing written', async (identity, code) => {
      const before = await counts();
      const response = await upload(
        IMPORT_GAPS,
        csv('g.csv', [GAP_HEADER, gapRow(`WHO-${code}`)]),
        identity,
      );
      expect(response.body.errors?.[0].extensions?.code).toBe(code);
      expect(await counts()).toEqual(before);
    });

    it.each<[TestIdentity | null, string]>([
      [null, 'UNAUTHENTICATED'],
      ['analyst', 'FORBIDDEN'],
      ['tpcc', 'FORBIDDEN'],
    ])('importOffers as %s: %s, nothing written', async (identity, code) => {
      const before = await counts();
      const response = await upload(
        IMPORT_OFFERS,
        csv('o.csv', [OFFER_HEADER, offerRow('O-X', 'USA')]),
        identity,
      );
      expect(response.body.errors?.[0].extensions?.code).toBe(code);
      expect(await counts()).toEqual(before);
    });

    it("a donor imports its own state's offers, and a file with another state's row imports nothing", async () => {
      const before = await counts();
      const mixed = csv('mixed.csv', [
        OFFER_HEADER,
        offerRow('USA-1', 'USA'),
        offerRow('GBR-1', 'GBR'),
      ]);
      const refused = await upload(IMPORT_OFFERS, mixed, 'donor');
      expect(refused.body.data?.importOffers ?? null).toBeNull();
      expect(refused.body.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: 'file',
      });
      expect(refused.body.errors?.[0].message).toMatch(/^file: line 3: /);
      expect(await counts()).toEqual(before);

      const own = csv('own.csv', [
        OFFER_HEADER,
        offerRow('USA-1', 'USA'),
        offerRow('USA-2', 'USA'),
      ]);
      const result = (await upload(IMPORT_OFFERS, own, 'donor')).body.data!.importOffers!;
      expect(result).toMatchObject({ imported: 2, errors: [] });
      const donors = await api.dataSource.query<{ donor_iso3: string }[]>(
        `SELECT donor_iso3 FROM offers WHERE id = ANY($1)`,
        [result.ids],
      );
      expect(donors).toEqual([{ donor_iso3: 'USA' }, { donor_iso3: 'USA' }]);
    });
  });
});
