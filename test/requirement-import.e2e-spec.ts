// Requirement lists imported from a spreadsheet (issue 19 point 1) through the import pipeline of
// gaps and offers: the same dry run, error reporting (line, column, reason, code) and
// all-or-nothing; references skip lines already imported; the templates import as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';
import { uploadMutation, type UploadFile } from './support/uploads';

const IMPORT = `mutation ($file: Upload!, $dryRun: Boolean) {
  importMinisterialRequirements(file: $file, dryRun: $dryRun) {
    rows imported skipped skippedLines ids dryRun wouldImport errors { line column reason code }
  }
}`;
const DRY_RUN = IMPORT.replace('$dryRun: Boolean', '$dryRun: Boolean = true');

interface ImportResult {
  rows: number;
  imported: number;
  skipped: number;
  skippedLines: number[];
  ids: string[];
  dryRun: boolean;
  wouldImport: number;
  errors: { line: number; column: string; reason: string; code: string }[];
}

const HEADER = 'externalRef,ministerial,category,capability,mission,quantity,unit,description';

const csv = (lines: string[]): UploadFile => ({
  name: 'requirements.csv',
  content: `${[HEADER, ...lines].join('\n')}\n`,
});

describe('requirement list import (real API, Postgres)', () => {
  let api: TestApi;

  const upload = async (query: string, file: UploadFile, as: TestIdentity = 'coordinator') => {
    const response = await uploadMutation<{ importMinisterialRequirements: ImportResult }>(
      api.url,
      api.tokens[as],
      query,
      file,
    );
    return response;
  };

  const counts = async () =>
    (
      await api.dataSource.query<{ lines: number; audited: number }[]>(
        `SELECT (SELECT count(*)::int FROM ministerial_requirements) AS lines,
                (SELECT count(*)::int FROM audit_entries
                  WHERE entity_type = 'MinisterialRequirement') AS audited`,
      )
    )[0];

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  const GOOD = [
    'BER-1,BERLIN_2025,MEDICAL,CASEVAC,MINUSCA,60,TRAINEES,CASEVAC specialists',
    'BER-2,BERLIN_2025,ENGINEERING,C_IED,,10,TRAINEES,',
    'ACC-1,ACCRA_2023,MEDICAL,CASEVAC,,5,TRAINEES,Earlier list',
  ];

  it('refuses a file with any bad row as a whole, naming each line and column', async () => {
    const before = await counts();
    const response = await upload(
      IMPORT,
      csv([
        ...GOOD,
        'BAD-1,ROME_2031,MEDICAL,CASEVAC,,5,TRAINEES,',
        'BAD-2,BERLIN_2025,MEDICAL,CASEVAC,NOWHERE,5,TRAINEES,',
        'BAD-3,BERLIN_2025,MEDICAL,CASEVAC,,twelve,TRAINEES,',
        'BAD-4,BERLIN_2025,SNACKS,CASEVAC,,5,TRAINEES,',
        'BAD-5,BERLIN_2025,MEDICAL,CASEVAC,,0,,',
      ]),
    );
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.importMinisterialRequirements;
    expect(result).toMatchObject({ rows: 8, imported: 0, ids: [], wouldImport: 0 });
    expect(result.errors.map(({ line, column, code }) => [line, column, code])).toEqual([
      [5, 'ministerial', 'BAD_USER_INPUT'],
      [6, 'mission', 'BAD_USER_INPUT'],
      [7, 'quantity', 'BAD_USER_INPUT'],
      [8, 'category', 'BAD_USER_INPUT'],
      [9, 'quantity', 'BAD_USER_INPUT'],
      [9, 'unit', 'BAD_USER_INPUT'],
    ]);
    expect(result.errors[0].reason).toBe('ministerial: no Ministerial ROME_2031');
    expect(result.errors[2].reason).toBe('quantity: "twelve" is not a whole number');
    expect(result.errors[5].reason).toBe('unit is required');
    expect(await counts()).toEqual(before);
  });

  it('checks every row in a dry run, then writes nothing', async () => {
    const before = await counts();
    const response = await upload(DRY_RUN, csv(GOOD));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.importMinisterialRequirements).toMatchObject({
      rows: 3,
      dryRun: true,
      imported: 0,
      wouldImport: 3,
      ids: [],
      errors: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('imports all rows, audited, and skips them when the file comes again', async () => {
    const response = await upload(IMPORT, csv(GOOD));
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.importMinisterialRequirements;
    expect(result).toMatchObject({ rows: 3, imported: 3, skipped: 0, errors: [] });
    const lines = await api.dataSource.query<Record<string, unknown>[]>(
      `SELECT m.code, r.category::text, r.capability, r.mission_code, r.quantity, r.unit::text,
              r.description, r.external_ref
         FROM ministerial_requirements r JOIN ministerials m ON m.id = r.ministerial_id
        WHERE r.id = ANY($1) ORDER BY r.external_ref`,
      [result.ids],
    );
    expect(lines).toEqual([
      {
        code: 'ACCRA_2023',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        mission_code: null,
        quantity: 5,
        unit: 'TRAINEES',
        description: 'Earlier list',
        external_ref: 'ACC-1',
      },
      {
        code: 'BERLIN_2025',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        mission_code: 'MINUSCA',
        quantity: 60,
        unit: 'TRAINEES',
        description: 'CASEVAC specialists',
        external_ref: 'BER-1',
      },
      {
        code: 'BERLIN_2025',
        category: 'ENGINEERING',
        capability: 'C_IED',
        mission_code: null,
        quantity: 10,
        unit: 'TRAINEES',
        description: '',
        external_ref: 'BER-2',
      },
    ]);
    const audited = await api.dataSource.query<{ action: string }[]>(
      `SELECT DISTINCT action FROM audit_entries WHERE entity_type = 'MinisterialRequirement'`,
    );
    expect(audited).toEqual([{ action: 'importMinisterialRequirements' }]);

    const before = await counts();
    const grown = await upload(
      IMPORT,
      csv([...GOOD, 'BER-3,BERLIN_2025,MEDICAL,COMBAT_LIFESAVER,,20,TRAINEES,']),
    );
    expect(grown.body.data!.importMinisterialRequirements).toMatchObject({
      rows: 4,
      imported: 1,
      skipped: 3,
      skippedLines: [2, 3, 4],
    });
    expect((await counts()).lines).toBe(before.lines + 1);
  });

  it('is for coordinators: every other role is refused before the file is read', async () => {
    const before = await counts();
    for (const identity of ['donor', 'tpcc', 'analyst', 'admin'] as const) {
      const refused = await upload(
        IMPORT,
        csv(['X-1,BERLIN_2025,MEDICAL,CASEVAC,,1,TRAINEES,']),
        identity,
      );
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await counts()).toEqual(before);
  });

  it.each(['csv', 'xlsx'])(
    'imports the template (.%s) as it is in the repository',
    async (format) => {
      const path = join(
        __dirname,
        '..',
        'templates',
        `ministerial-requirements-template.${format}`,
      );
      const response = await upload(IMPORT, {
        name: `template.${format}`,
        content: readFileSync(path),
      });
      expect(response.body.errors).toBeUndefined();
      const result = response.body.data!.importMinisterialRequirements;
      expect(result.errors).toEqual([]);
      // Both formats carry the same reference: the second is skipped.
      expect(result.imported + result.skipped).toBe(1);
    },
  );
});
