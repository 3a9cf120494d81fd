import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { download } from './support/downloads';
import { startTestApi, type TestApi } from './support/test-api';

/** The official IATI 2.03 schemas and the codelists they use (kept outside the repository). */
// The official schemas and codelists, kept in the repository (test/fixtures/iati-2.03/README.md).
const IATI_DIR = resolve(__dirname, 'fixtures/iati-2.03');

/** `xmllint --xpath` over a file: the values of an attribute XPath, one per match. */
function xpathValues(file: string, xpath: string): string[] {
  let out: string;
  try {
    out = execFileSync('xmllint', ['--xpath', xpath, file], { encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return []; // xmllint exits with 10 when nothing matches
  }
  return [...out.matchAll(/="([^"]*)"/g)].map((match) => match[1]);
}

/** The codes of one of the embedded codelists. */
function codelist(name: string): string[] {
  const xml = readFileSync(join(IATI_DIR, 'codelists', `${name}.xml`), 'utf8');
  return [...xml.matchAll(/<code>([^<]+)<\/code>/g)].map((match) => match[1]);
}

/**
 * GET /export/iati-activities.xml on a hand-made data set (SQL, exports only read):
 *
 * P1: USA → RWA, MEDICAL/CASEVAC, 20 trainees at 1,500 USD (offer budget 24,000), 8 delivered,
 *     ACTIVE, indicator 30 → 45 (target 90); its offer carries a Berlin 2025 pledge.
 * P2: GBR → SEN, ENGINEERING/C_IED, 10 trainees, no cost per unit, all delivered, COMPLETED,
 *     no indicator measured after delivery, but two reporting periods (40, then 55 of target 80).
 */
describe('IATI export (real API, Postgres, xmllint)', () => {
  let api: TestApi;
  let dir: string;
  const id: Record<string, string> = {};

  async function insert(name: string, sql: string, params: unknown[]): Promise<void> {
    const [row] = await api.dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
    id[name] = row.id;
  }

  async function pairing(
    name: string,
    [state, donor, category, capability, quantity, delivered, status, cost, budget]: [
      string,
      string,
      string,
      string,
      number,
      number,
      string,
      number | null,
      number | null,
    ],
  ): Promise<void> {
    await insert(
      `G${name}`,
      `INSERT INTO capability_gaps (member_state_iso3, category, capability, title, quantity,
         confirmed_quantity, unit, priority, languages, needed_from, needed_by, source, status,
         objective_indicator, objective_baseline, objective_target)
       VALUES ($1, $2, $3, $4, $5, $5, 'TRAINEES', 'HIGH', '{en}', '2026-01-01', '2026-12-31',
         'PCRS_ASSESSMENT', 'MATCHED', '% of patrols with the capability', 30, 90)`,
      [state, category, capability, `Gap ${name} <&> "quoted"`, quantity],
    );
    await insert(
      `O${name}`,
      `INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, confirmed_capacity,
         unit, languages, available_from, available_to, status, cost_per_unit, budget)
       VALUES ($1, $2, $3, $4, $5, $5, 'TRAINEES', '{en}', '2026-01-01', '2026-12-31',
         'FULLY_ALLOCATED', $6, $7)`,
      [donor, category, [capability], `Offer ${name}`, quantity, cost, budget],
    );
    await insert(
      `X${name}`,
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation,
         status)
       VALUES ($1, $2, $3, $4, 0.9, '{}', 'test', 'CONFIRMED')`,
      [id.R, id[`G${name}`], id[`O${name}`], quantity],
    );
    await insert(
      `P${name}`,
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity, delivered_quantity,
         status, indicator_after, indicator_measured_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9))`,
      [
        id[`X${name}`],
        id[`G${name}`],
        id[`O${name}`],
        quantity,
        delivered,
        status,
        name === '1' ? 45 : null,
        name === '1' ? '2026-06-30' : null,
        name === '1' ? 2 : 1,
      ],
    );
  }

  beforeAll(async () => {
    api = await startTestApi();
    dir = mkdtempSync(join(tmpdir(), 'iati-'));
    await insert(
      'R',
      `INSERT INTO match_runs (requested_by, status, started_at, finished_at)
       VALUES ('test', 'SUCCEEDED', now(), now())`,
      [],
    );
    await pairing('1', ['RWA', 'USA', 'MEDICAL', 'CASEVAC', 20, 8, 'ACTIVE', 1500, 24000]);
    await pairing('2', ['SEN', 'GBR', 'ENGINEERING', 'C_IED', 10, 10, 'COMPLETED', null, null]);
    await insert(
      'pledge',
      `INSERT INTO pledges (ministerial_id, lead_iso3, kind, category, capability, text_en,
         quantity, unit, status, status_changed_at)
       SELECT id, 'USA', 'MEDICAL', 'MEDICAL', 'CASEVAC', 'Train 40 CASEVAC specialists', 40,
         'TRAINEES', 'COMMITTED', now()
       FROM ministerials WHERE code = 'BERLIN_2025'`,
      [],
    );
    await insert('link', `INSERT INTO pledge_offers (pledge_id, offer_id) VALUES ($1, $2)`, [
      id.pledge,
      id.O1,
    ]);
    for (const [start, end, actual] of [
      ['2026-01-01', '2026-06-30', 40],
      ['2026-07-01', '2026-12-31', 55],
    ])
      await insert(
        `period${start}`,
        `INSERT INTO partnership_result_periods (partnership_id, indicator, period_start,
           period_end, baseline, target, actual, reported_at)
         VALUES ($1, '% of patrols with the capability', $2, $3, 30, 80, $4, now())`,
        [id.P2, start, end, actual],
      );
  }, 30_000);

  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function fetchXml(path: string, as: Parameters<typeof download>[2] = 'coordinator') {
    const response = await download(api, path, as);
    const file = join(dir, `${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, response.body);
    return { response, file, text: response.body.toString('utf8') };
  }

  it('validates against the official IATI 2.03 schema (xmllint --schema)', async () => {
    const { response, file } = await fetchXml('iati-activities.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="iati-activities-\d{4}-\d{2}-\d{2}\.xml"$/,
    );
    const result = execFileSync(
      'xmllint',
      ['--noout', '--schema', join(IATI_DIR, 'iati-activities-schema.xsd'), file],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    expect(result).toBe('');
    // The validator does refuse: the same file without an activity status fails.
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, readFileSync(file, 'utf8').replace(/<activity-status[^>]*\/>/, ''));
    expect(() =>
      execFileSync(
        'xmllint',
        ['--noout', '--schema', join(IATI_DIR, 'iati-activities-schema.xsd'), broken],
        { stdio: 'pipe' },
      ),
    ).toThrow(/activity-status|fails to validate/);
  });

  it('uses only codes of the IATI codelists', async () => {
    const { file } = await fetchXml('iati-activities.xml');
    const checks: [string, string][] = [
      ['//participating-org/@role', 'OrganisationRole'],
      ['//activity-status/@code', 'ActivityStatus'],
      ['//activity-date/@type', 'ActivityDateType'],
      ['//transaction-type/@code', 'TransactionType'],
      ['//budget/@type', 'BudgetType'],
    ];
    for (const [xpath, name] of checks) {
      const used = xpathValues(file, xpath);
      expect(used.length).toBeGreaterThan(0);
      const known = codelist(name);
      expect({ name, unknown: used.filter((code) => !known.includes(code)) }).toEqual({
        name,
        unknown: [],
      });
    }
  });

  it('writes each partnership as an activity: parties, status, dates, money, results', async () => {
    const { file, text } = await fetchXml('iati-activities.xml');
    const identifiers = execFileSync('xmllint', ['--xpath', '//iati-identifier/text()', file], {
      encoding: 'utf8',
    }).trim();
    // Oldest first: P1 (2 days ago), then P2.
    expect(identifiers.split('\n').map((line) => line.trim())).toEqual([
      `XX-LCM-MATCH-${id.P1}`,
      `XX-LCM-MATCH-${id.P2}`,
    ]);
    const first = `//iati-activity[1]`;
    expect(xpathValues(file, `${first}/participating-org/@role`)).toEqual(['1', '4']);
    expect(xpathValues(file, `${first}/activity-status/@code`)).toEqual(['2']);
    expect(xpathValues(file, `//iati-activity[2]/activity-status/@code`)).toEqual(['3']);
    expect(xpathValues(file, `//iati-activity[2]/activity-date/@type`)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(xpathValues(file, `${first}/recipient-country/@code`)).toEqual(['RW']);
    expect(xpathValues(file, `${first}/sector/@code`)).toEqual(['15230']);
    // Budget: 20 × 1,500 = 30,000, capped by the offer's 24,000.
    expect(
      execFileSync('xmllint', ['--xpath', `string(${first}/budget/value)`, file], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('24000.00');
    // Pledge (Berlin), commitment 20 × 1,500, disbursement 8 × 1,500.
    expect(xpathValues(file, `${first}/transaction/transaction-type/@code`)).toEqual([
      '12',
      '2',
      '3',
    ]);
    expect(xpathValues(file, `${first}/transaction[1]/transaction-date/@iso-date`)).toEqual([
      '2025-05-13',
    ]);
    const values = execFileSync('xmllint', ['--xpath', `${first}/transaction/value/text()`, file], {
      encoding: 'utf8',
    });
    expect(values.trim().split('\n')).toEqual(['30000.00', '30000.00', '12000.00']);
    expect(text).toContain('Train 40 CASEVAC specialists');
    // P2's offer has no cost per unit: no budget, no transactions.
    expect(xpathValues(file, `//iati-activity[2]/transaction/transaction-type/@code`)).toEqual([]);
    expect(xpathValues(file, `//iati-activity[2]/budget/@type`)).toEqual([]);
    // Results: baseline 30, target 90, actual 45 measured on 2026-06-30.
    const indicator = `${first}/result/indicator`;
    expect(xpathValues(file, `${indicator}/baseline/@value`)).toEqual(['30']);
    expect(xpathValues(file, `${indicator}/period/period-end/@iso-date`)).toEqual(['2026-06-30']);
    expect(xpathValues(file, `${indicator}/period/target/@value`)).toEqual(['90']);
    expect(xpathValues(file, `${indicator}/period/actual/@value`)).toEqual(['45']);
    // P2: each reporting period is an IATI period with its target and actual (no period for a
    // measurement after delivery, none was recorded).
    const second = `//iati-activity[2]/result/indicator`;
    expect(xpathValues(file, `${second}/baseline/@value`)).toEqual(['30']);
    expect(xpathValues(file, `${second}/period/period-start/@iso-date`)).toEqual([
      '2026-01-01',
      '2026-07-01',
    ]);
    expect(xpathValues(file, `${second}/period/period-end/@iso-date`)).toEqual([
      '2026-06-30',
      '2026-12-31',
    ]);
    expect(xpathValues(file, `${second}/period/target/@value`)).toEqual(['80', '80']);
    expect(xpathValues(file, `${second}/period/actual/@value`)).toEqual(['40', '55']);
    // Text is escaped by the writer, not concatenated.
    expect(text).toContain('Gap 1 &lt;&amp;&gt; "quoted"');
  });

  it("as the partnership list: a donor its own, a T/PCC its own, the list's filters", async () => {
    const ids = async (path: string, as: Parameters<typeof download>[2]) => {
      const { response, text } = await fetchXml(path, as);
      expect(response.status).toBe(200);
      return [...text.matchAll(/<iati-identifier>XX-LCM-MATCH-([^<]+)</g)].map((m) => m[1]);
    };
    expect(await ids('iati-activities.xml', 'donor')).toEqual([id.P1]);
    expect(await ids('iati-activities.xml', 'otherTpcc')).toEqual([id.P2]);
    expect(await ids('iati-activities.xml', 'tpcc')).toEqual([id.P1]);
    expect(await ids('iati-activities.xml?status=COMPLETED', 'analyst')).toEqual([id.P2]);
    expect(await ids('iati-activities.xml?category=medical', 'coordinator')).toEqual([id.P1]);
  });

  it('refuses as the other exports: 401 without a token, 400 on a bad parameter', async () => {
    expect((await download(api, 'iati-activities.xml', null)).status).toBe(401);
    const bad = await download(api, 'iati-activities.xml?status=DONE');
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect((await download(api, 'gaps.xml')).status).toBe(404);
  });
});
