import { Role } from '@app/domain';

import { download, parseCsv, parseXlsx, type Table, tableOf } from './support/downloads';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity, TEST_USERS } from './support/test-users';

const IDENTITIES = Object.keys(TEST_USERS) as TestIdentity[];

/**
 * Every export on a small hand-checked data set, inserted with SQL (exports only read), oldest
 * first (created N days ago):
 *
 * Gaps:   G1 RWA MINUSCA MEDICAL/CASEVAC   40 [fr]    OPEN      HIGH      50 days
 *         G2 SEN MONUSCO MEDICAL/CASEVAC   20 [fr,en] OPEN      CRITICAL  40 days
 *         G3 BGD —       ENGINEERING/C_IED 30 [en]    MATCHED   HIGH      30 days (confirmed 30)
 *         G4 RWA —       MEDICAL/CASEVAC   12 [fr]    DRAFT     LOW       20 days
 *         G5 RWA —       ENGINEERING/C_IED  5 [en]    CANCELLED LOW       10 days
 * Offers: O1 USA MEDICAL      50 [en,fr] OPEN                 50 days
 *         O2 GBR MEDICAL      30 [en]    OPEN                 40 days
 *         O3 USA ENGINEERING  40 [en]    PARTIALLY_ALLOCATED  30 days (confirmed 30)
 *         O4 USA MEDICAL     100 [fr]    DRAFT                20 days
 *         O5 FRA MEDICAL      10 [fr]    WITHDRAWN            10 days
 * Run R1 (SUCCEEDED); proposals X1 G3←O3 30 CONFIRMED, X2 G1←O1 25 PROPOSED, X3 G2←O2 20 ACCEPTED
 * (oldest first); partnership P1 of X1: 30 units, 12 delivered, ACTIVE, indicator 30 → 50
 * (target 90).
 *
 * Who sees what (the GraphQL lists' scopes): staff everything; the donor (USA) published gaps
 * G1–G3, its offers O1, O3, O4, proposals X1, X2 and P1; the other donor (GBR) G1–G3, O2, X3;
 * the T/PCC (RWA) its gaps G1, G4, G5, published offers O1–O3, X2 and no partnership; the other
 * T/PCC (SEN) G2, O1–O3, X3.
 */
describe('export', () => {
  let api: TestApi;
  const id: Record<string, string> = {};
  const key: Record<string, string> = {};

  async function insert(sql: string, params: unknown[], name: string): Promise<void> {
    const [row] = await api.dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
    id[name] = row.id;
    key[row.id] = name;
  }

  async function gap(
    name: string,
    [state, mission, category, capability, quantity, languages, status, priority, age]: [
      string,
      string | null,
      string,
      string,
      number,
      string[],
      string,
      string,
      number,
    ],
  ): Promise<void> {
    await insert(
      `INSERT INTO capability_gaps (member_state_iso3, mission_code, category, capability, title,
         quantity, confirmed_quantity, unit, priority, languages, needed_from, needed_by, source,
         status, objective_indicator, objective_baseline, objective_target, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'TRAINEES', $8, $9, '2027-01-01', '2027-12-31',
         'PCRS_ASSESSMENT', $10, '% of patrols with the capability', 30, 90,
         now() - make_interval(days => $11))`,
      [
        state,
        mission,
        category,
        capability,
        `Gap ${name}, "quoted", with a comma`,
        quantity,
        status === 'MATCHED' ? quantity : 0,
        priority,
        languages,
        status,
        age,
      ],
      name,
    );
  }

  async function offer(
    name: string,
    [donor, category, capacity, confirmed, languages, status, age]: [
      string,
      string,
      number,
      number,
      string[],
      string,
      number,
    ],
  ): Promise<void> {
    await insert(
      `INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, confirmed_capacity,
         unit, languages, eligible, available_from, available_to, status, created_at)
       VALUES ($1, $2, '{CASEVAC}', $3, $4, $5, 'TRAINEES', $6, '{002}', '2027-01-01',
         '2027-12-31', $7, now() - make_interval(days => $8))`,
      [donor, category, `Offer ${name}`, capacity, confirmed, languages, status, age],
      name,
    );
  }

  async function proposal(
    name: string,
    [gapName, offerName, quantity, status, age]: [string, string, number, string, number],
  ): Promise<void> {
    await insert(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation,
         status, created_at)
       VALUES ($1, $2, $3, $4, 0.75, $5, 'Same language, same region', $6,
         now() - make_interval(days => $7))`,
      [
        id.R1,
        id[gapName],
        id[offerName],
        quantity,
        JSON.stringify({
          priority: 0.8,
          urgency: 0.5,
          capability: 1,
          language: 1,
          region: 0.5,
          partnership: 0,
          deliveryMode: 0.25,
        }),
        status,
        age,
      ],
      name,
    );
  }

  beforeAll(async () => {
    api = await startTestApi();
    await gap('G1', ['RWA', 'MINUSCA', 'MEDICAL', 'CASEVAC', 40, ['fr'], 'OPEN', 'HIGH', 50]);
    await gap('G2', [
      'SEN',
      'MONUSCO',
      'MEDICAL',
      'CASEVAC',
      20,
      ['fr', 'en'],
      'OPEN',
      'CRITICAL',
      40,
    ]);
    await gap('G3', ['BGD', null, 'ENGINEERING', 'C_IED', 30, ['en'], 'MATCHED', 'HIGH', 30]);
    await gap('G4', ['RWA', null, 'MEDICAL', 'CASEVAC', 12, ['fr'], 'DRAFT', 'LOW', 20]);
    await gap('G5', ['RWA', null, 'ENGINEERING', 'C_IED', 5, ['en'], 'CANCELLED', 'LOW', 10]);
    await offer('O1', ['USA', 'MEDICAL', 50, 0, ['en', 'fr'], 'OPEN', 50]);
    await offer('O2', ['GBR', 'MEDICAL', 30, 0, ['en'], 'OPEN', 40]);
    await offer('O3', ['USA', 'ENGINEERING', 40, 30, ['en'], 'PARTIALLY_ALLOCATED', 30]);
    await offer('O4', ['USA', 'MEDICAL', 100, 0, ['fr'], 'DRAFT', 20]);
    await offer('O5', ['FRA', 'MEDICAL', 10, 0, ['fr'], 'WITHDRAWN', 10]);
    await insert(
      `INSERT INTO match_runs (requested_by, status, created_at, started_at, finished_at)
       VALUES ('test', 'SUCCEEDED', now() - interval '5 days', now() - interval '5 days',
               now() - interval '5 days')`,
      [],
      'R1',
    );
    await proposal('X1', ['G3', 'O3', 30, 'CONFIRMED', 5]);
    await proposal('X2', ['G1', 'O1', 25, 'PROPOSED', 4]);
    await proposal('X3', ['G2', 'O2', 20, 'ACCEPTED', 3]);
    await insert(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity, delivered_quantity,
         status, indicator_after, indicator_measured_on, created_at)
       VALUES ($1, $2, $3, 30, 12, 'ACTIVE', 50, '2027-03-01', now() - interval '2 days')`,
      [id.X1, id.G3, id.O3],
      'P1',
    );
  }, 30_000);

  afterAll(async () => {
    await api?.close();
  });

  /** The export as a table, checking it was a 200 download of the right type. */
  async function table(path: string, as: TestIdentity = 'coordinator'): Promise<Table> {
    const response = await download(api, path, as);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.body}`);
    return tableOf(response);
  }

  /** The data set's names of the rows (G1, O2, …), in file order. */
  const names = (rows: Record<string, string>[], column = 'id') =>
    rows.map((row) => key[row[column]] ?? row[column]);

  async function graphqlIds(list: string, as: TestIdentity): Promise<string[]> {
    const response = await api.as(as)<Record<string, { edges: { node: { id: string } }[] }>>(
      `{ ${list}(first: 100) { edges { node { id } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data![list].edges.map((edge) => edge.node.id);
  }

  describe('downloads', () => {
    it('gaps.csv: every column of every gap, oldest first, as a CSV download', async () => {
      const response = await download(api, 'gaps.csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const today = new Date().toISOString().slice(0, 10);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="gaps-${today}.csv"`,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      // The API rate limit counts exports too.
      expect(response.headers.get('x-ratelimit-limit')).toBe('600');
      // A UTF-8 byte order mark (Excel reads the accents right; imports skip it).
      expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const { headers, rows } = parseCsv(response.body);
      expect(headers).toEqual([
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
        'id',
        'status',
        'reservedQuantity',
        'confirmedQuantity',
        'createdAt',
      ]);
      expect(names(rows)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
      expect(rows[1]).toEqual({
        externalRef: id.G2,
        memberState: 'SEN',
        mission: 'MONUSCO',
        unitType: '',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        title: 'Gap G2, "quoted", with a comma',
        description: '',
        quantity: '20',
        unit: 'TRAINEES',
        priority: 'CRITICAL',
        languages: 'fr;en',
        preferredDeliveryModes: '',
        neededFrom: '2027-01-01',
        neededBy: '2027-12-31',
        objectiveIndicator: '% of patrols with the capability',
        objectiveBaseline: '30',
        objectiveTarget: '90',
        source: 'PCRS_ASSESSMENT',
        open: 'true',
        id: id.G2,
        status: 'OPEN',
        reservedQuantity: '0',
        confirmedQuantity: '0',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      // Published gaps re-import open; drafts and cancelled ones as drafts.
      expect(rows.map((row) => row.open)).toEqual(['true', 'true', 'true', 'false', 'false']);
      expect(rows.map((row) => row.mission)).toEqual(['MINUSCA', 'MONUSCO', '', '', '']);
    });

    it('gaps.xlsx: the same table in a workbook of one sheet, numbers as numbers', async () => {
      const response = await download(api, 'gaps.xlsx');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="gaps-\d{4}-\d\d-\d\d\.xlsx"$/,
      );
      const xlsx = await parseXlsx(response.body);
      const csv = parseCsv((await download(api, 'gaps.csv')).body);
      expect(xlsx).toEqual(csv);
    });

    it('offers, proposals and partnerships, oldest first, with their parties', async () => {
      const offers = await table('offers.csv');
      expect(names(offers.rows)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
      expect(offers.rows[2]).toMatchObject({
        externalRef: id.O3,
        donor: 'USA',
        category: 'ENGINEERING',
        capabilities: 'CASEVAC',
        capacity: '40',
        costPerUnit: '',
        languages: 'en',
        eligible: '002',
        open: 'true',
        status: 'PARTIALLY_ALLOCATED',
        confirmedCapacity: '30',
      });
      expect(offers.rows.map((row) => row.open)).toEqual([
        'true',
        'true',
        'true',
        'false',
        'false',
      ]);

      const proposals = await table('proposals.csv');
      expect(names(proposals.rows)).toEqual(['X1', 'X2', 'X3']);
      expect(proposals.rows[1]).toEqual({
        id: id.X2,
        runId: id.R1,
        gapId: id.G1,
        gapTitle: 'Gap G1, "quoted", with a comma',
        memberState: 'RWA',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        offerId: id.O1,
        offerTitle: 'Offer O1',
        donor: 'USA',
        quantity: '25',
        score: '0.75',
        scorePriority: '0.8',
        scoreUrgency: '0.5',
        scoreCapability: '1',
        scoreLanguage: '1',
        scoreRegion: '0.5',
        scorePartnership: '0',
        scoreDeliveryMode: '0.25',
        explanation: 'Same language, same region',
        status: 'PROPOSED',
        tpccResponse: 'PENDING',
        tpccRespondedAt: '',
        donorResponse: 'PENDING',
        donorRespondedAt: '',
        statusReason: '',
        createdAt: expect.stringMatching(/Z$/),
      });

      const partnerships = await table('partnerships.xlsx');
      expect(partnerships.rows).toEqual([
        {
          id: id.P1,
          proposalId: id.X1,
          gapId: id.G3,
          gapTitle: 'Gap G3, "quoted", with a comma',
          memberState: 'BGD',
          category: 'ENGINEERING',
          capability: 'C_IED',
          offerId: id.O3,
          offerTitle: 'Offer O3',
          donor: 'USA',
          quantity: '30',
          deliveredQuantity: '12',
          status: 'ACTIVE',
          indicatorBaseline: '30',
          indicatorAfter: '50',
          indicatorMeasuredOn: '2027-03-01',
          createdAt: expect.stringMatching(/Z$/),
        },
      ]);
    });
  });

  describe('who sees what', () => {
    const EXPECTED: Record<string, Record<TestIdentity, string[]>> = {
      gaps: {
        coordinator: ['G1', 'G2', 'G3', 'G4', 'G5'],
        analyst: ['G1', 'G2', 'G3', 'G4', 'G5'],
        admin: ['G1', 'G2', 'G3', 'G4', 'G5'],
        donor: ['G1', 'G2', 'G3'],
        otherDonor: ['G1', 'G2', 'G3'],
        tpcc: ['G1', 'G4', 'G5'],
        otherTpcc: ['G2'],
      },
      offers: {
        coordinator: ['O1', 'O2', 'O3', 'O4', 'O5'],
        analyst: ['O1', 'O2', 'O3', 'O4', 'O5'],
        admin: ['O1', 'O2', 'O3', 'O4', 'O5'],
        donor: ['O1', 'O3', 'O4'],
        otherDonor: ['O2'],
        tpcc: ['O1', 'O2', 'O3'],
        otherTpcc: ['O1', 'O2', 'O3'],
      },
      proposals: {
        coordinator: ['X1', 'X2', 'X3'],
        analyst: ['X1', 'X2', 'X3'],
        admin: ['X1', 'X2', 'X3'],
        donor: ['X1', 'X2'],
        otherDonor: ['X3'],
        tpcc: ['X2'],
        otherTpcc: ['X3'],
      },
      partnerships: {
        coordinator: ['P1'],
        analyst: ['P1'],
        admin: ['P1'],
        donor: ['P1'],
        otherDonor: [],
        tpcc: [],
        otherTpcc: [],
      },
    };

    it.each(Object.keys(EXPECTED))(
      '%s: each role exports exactly the rows its GraphQL list shows, in CSV and XLSX',
      async (list) => {
        for (const identity of IDENTITIES) {
          const csv = await table(`${list}.csv`, identity);
          const xlsx = await table(`${list}.xlsx`, identity);
          expect({ identity, rows: names(csv.rows) }).toEqual({
            identity,
            rows: EXPECTED[list][identity],
          });
          expect(xlsx.rows).toEqual(csv.rows);
          const graphql = await graphqlIds(list, identity);
          expect([...graphql].sort()).toEqual(csv.rows.map((row) => row.id).sort());
        }
      },
      30_000,
    );

    it('reports: every role (scoped, test/reports-scope.e2e-spec.ts); donor summaries not to T/PCCs (403)', async () => {
      for (const identity of IDENTITIES) {
        const coverage = await download(api, 'reports/coverage.csv?by=category', identity);
        expect({ identity, status: coverage.status }).toEqual({ identity, status: 200 });
        const donors = await download(api, 'reports/donor-summaries.csv', identity);
        if (TEST_USERS[identity].role !== Role.TPCC) {
          expect({ identity, status: donors.status }).toEqual({ identity, status: 200 });
        } else {
          expect({ identity, status: donors.status }).toEqual({ identity, status: 403 });
          expect(donors.json()).toEqual({
            statusCode: 403,
            error: 'Forbidden',
            code: 'FORBIDDEN',
            message: 'A TPCC user may not export reports/donor-summaries',
          });
        }
      }
      // The pledge reports have no per-state scope: still staff only.
      const pledges = await download(api, 'reports/pledge-follow-up.csv', 'donor');
      expect(pledges.status).toBe(403);
    });

    it('401 without a token, with a malformed or bad one, or a revoked one', async () => {
      const anonymous = await download(api, 'gaps.csv', null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="lcm-match"');
      expect(anonymous.headers.get('content-type')).toMatch(/^application\/json/);
      expect(anonymous.json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      for (const authorization of ['Bearer not-a-token', 'Basic Zm9vOmJhcg==', 'Bearer']) {
        const response = await download(api, 'offers.xlsx', { authorization });
        expect({ authorization, status: response.status }).toEqual({ authorization, status: 401 });
      }
      // Unknown exports are 404, but only once signed in.
      expect((await download(api, 'users.csv', null)).status).toBe(401);
      const unknown = await download(api, 'users.csv');
      expect(unknown.status).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await download(api, 'gaps.pdf')).status).toBe(404);
      expect((await download(api, 'reports/gaps.csv')).status).toBe(404);
    });
  });

  describe('filters', () => {
    it('take the GraphQL list filters: lists repeated or comma-separated, any case', async () => {
      const open = await table('gaps.csv?status=OPEN');
      expect(names(open.rows)).toEqual(['G1', 'G2']);
      const some = await table('gaps.csv?status=open,cancelled&category=engineering');
      expect(names(some.rows)).toEqual(['G5']);
      const repeated = await table('gaps.xlsx?memberState=RWA&memberState=SEN&priority=HIGH');
      expect(names(repeated.rows)).toEqual(['G1']);
      expect(names((await table('gaps.csv?mission=MINUSCA')).rows)).toEqual(['G1']);
      // Within the actor's scope: the T/PCC asking for SEN's gaps gets none of them.
      expect((await table('gaps.csv?memberState=SEN', 'tpcc')).rows).toEqual([]);

      expect(names((await table('offers.csv?donor=USA&status=OPEN,DRAFT')).rows)).toEqual([
        'O1',
        'O4',
      ]);
      expect(names((await table('proposals.csv?status=PROPOSED,ACCEPTED')).rows)).toEqual([
        'X2',
        'X3',
      ]);
      expect(names((await table(`proposals.csv?gap=${id.G3}`)).rows)).toEqual(['X1']);
      expect(names((await table(`partnerships.csv?offer=${id.O1}`)).rows)).toEqual([]);
      expect(names((await table('partnerships.csv?status=ACTIVE')).rows)).toEqual(['P1']);
    });

    it('take the newer list filters too: region, language, capability, search, score, parties', async () => {
      expect(names((await table('gaps.csv?region=142')).rows)).toEqual(['G3']);
      expect(names((await table('gaps.csv?language=FR&status=OPEN')).rows)).toEqual(['G1', 'G2']);
      expect(names((await table('gaps.csv?capability=c_ied&status=matched')).rows)).toEqual(['G3']);
      expect(names((await table('gaps.csv?search=g4')).rows)).toEqual(['G4']);
      expect(names((await table('offers.csv?language=fr&status=OPEN')).rows)).toEqual(['O1']);
      expect(names((await table('offers.csv?search=o2')).rows)).toEqual(['O2']);
      expect(names((await table('proposals.csv?memberState=RWA')).rows)).toEqual(['X2']);
      expect(names((await table('proposals.csv?donor=GBR')).rows)).toEqual(['X3']);
      expect(names((await table('proposals.csv?minScore=0.75')).rows)).toHaveLength(3);
      expect((await table('proposals.csv?minScore=0.8')).rows).toEqual([]);
      expect(names((await table('partnerships.csv?category=ENGINEERING')).rows)).toEqual(['P1']);
      expect((await table('partnerships.csv?memberState=RWA')).rows).toEqual([]);
    });

    it.each([
      ['gaps.csv?status=NOPE', 'status', /status must/],
      ['gaps.csv?memberState=Rwanda', 'memberState', /ISO 3166-1 alpha-3/],
      ['gaps.csv?sort=title', 'sort', /unknown parameter; this export takes category, status/],
      ['offers.xlsx?donor=USA&page=2', 'page', /unknown parameter/],
      ['proposals.csv?run=42', 'run', /UUID/i],
      ['proposals.csv?minScore=high', 'minScore', /must be a number/],
      ['proposals.csv?minScore=2', 'minScore', /not be greater than 1/],
      ['gaps.csv?search=x', 'search', /longer than or equal to 2/],
      ['offers.csv?language=xx', 'language', /ISO 639-1/],
      ['partnerships.csv?status=DONE', 'status', /status must/],
      ['reports/coverage.csv', 'by', /by must be one of/],
      ['reports/coverage.csv?by=planet', 'by', /by must be one of/],
      ['reports/coverage.csv?by=category&by=region', 'by', /give one value, not 2/],
      ['reports/coverage.csv?by=region&region=Africa', 'region', /three-digit M49/],
      ['reports/persistent-gaps.csv', 'openLongerThanDays', /openLongerThanDays/],
      ['reports/persistent-gaps.csv?unmetInLastRuns=0', 'unmetInLastRuns', /not be less than 1/],
      [
        'reports/persistent-gaps.csv?openLongerThanDays=soon',
        'openLongerThanDays',
        /must be a whole number/,
      ],
      ['reports/language-fit.csv?language=klingon', 'language', /ISO 639-1/],
      ['reports/partnership-outcomes.csv?measuredOnly=maybe', 'measuredOnly', /true or false/],
      ['reports/donor-summaries.csv?status=GONE', 'status', /status must/],
    ])('%s: 400 naming %s', async (path, field, message) => {
      const response = await download(api, path, 'analyst');
      expect(response.status).toBe(400);
      const body = response.json<{ field: string; message: string }>();
      expect(body).toMatchObject({ statusCode: 400, code: 'BAD_USER_INPUT', field });
      expect(body.message).toMatch(message);
    });
  });

  describe('reports: the figures of the GraphQL reports', () => {
    const FIGURES = 'gaps demand proposed confirmed delivered unmet coveredPercent';

    /** A GraphQL report's figures as the export writes them (text; null as ''). */
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

    it('coverage by category, hand-checked: MEDICAL then ENGINEERING, then the total', async () => {
      // Counted (published): G1, G2, G3. MEDICAL: demand 40 + 20, proposed 25 (X2) + 20 (X3),
      // unmet 15. ENGINEERING: G3 30, confirmed 30 (P1), 12 delivered, 100 %.
      const coverage = await table('reports/coverage.csv?by=category', 'analyst');
      expect(coverage.headers).toEqual(['key', 'label', ...FIGURES.split(' ')]);
      expect(coverage.rows).toEqual([
        row('MEDICAL', 'MEDICAL', 2, 60, 45, 0, 0, 15, 0),
        row('ENGINEERING', 'ENGINEERING', 1, 30, 0, 30, 12, 0, 100),
        row('TOTAL', 'Total', 3, 90, 45, 30, 12, 15, 33.3),
      ]);
      const response = await download(api, 'reports/coverage.xlsx?by=CATEGORY', 'admin');
      expect(response.headers.get('content-disposition')).toMatch(
        /filename="coverage-by-category-\d{4}-\d\d-\d\d\.xlsx"/,
      );
      expect((await tableOf(response)).rows).toEqual(coverage.rows);

      function row(key: string, label: string, ...figures: number[]) {
        return Object.fromEntries([
          ['key', key],
          ['label', label],
          ...FIGURES.split(' ').map((name, index) => [name, String(figures[index])]),
        ]);
      }
    });

    it.each([
      ['category', 'CATEGORY', ''],
      ['capability', 'CAPABILITY', ''],
      ['mission', 'MISSION', ''],
      ['region', 'REGION', ''],
      ['subRegion', 'SUB_REGION', ''],
      ['memberState', 'MEMBER_STATE', '&status=OPEN,DRAFT'],
      ['member_state', 'MEMBER_STATE', '&region=002&category=MEDICAL'],
    ])(
      'coverage by=%s (%s) %s: the rows and totals of coverageReport',
      async (by, dimension, query) => {
        const filter: Record<string, string[]> = {};
        for (const [name, value] of new URLSearchParams(query)) filter[name] = value.split(',');
        const graphql = await api.as('analyst')<{
          coverageReport: { rows: Record<string, unknown>[]; totals: Record<string, unknown> };
        }>(
          `query($by: CoverageDimension!, $filter: GapReportFilter) {
          coverageReport(by: $by, filter: $filter) { rows { key label ${FIGURES} } totals { ${FIGURES} } } }`,
          { by: dimension, filter },
        );
        expect(graphql.body.errors).toBeUndefined();
        const report = graphql.body.data!.coverageReport;
        const exported = await table(`reports/coverage.csv?by=${by}${query}`, 'analyst');
        expect(exported.rows).toEqual([
          ...report.rows.map((row) =>
            Object.fromEntries(Object.entries(row).map(([name, value]) => [name, text(value)])),
          ),
          Object.fromEntries([
            ['key', 'TOTAL'],
            ['label', 'Total'],
            ...Object.entries(report.totals).map(([name, value]) => [name, text(value)]),
          ]),
        ]);
        expect(exported.rows.length).toBeGreaterThan(1);
      },
    );

    it('persistent gaps: those of persistentGaps, oldest first', async () => {
      const exported = await table('reports/persistent-gaps.csv?openLongerThanDays=30', 'analyst');
      // G1 (50 days) and G2 (40 days) are open with units to match; G3 is MATCHED.
      expect(names(exported.rows, 'gapId')).toEqual(['G1', 'G2']);
      expect(exported.rows[0]).toEqual({
        gapId: id.G1,
        title: 'Gap G1, "quoted", with a comma',
        memberStateIso3: 'RWA',
        memberStateName: expect.any(String),
        missionCode: 'MINUSCA',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        priority: 'HIGH',
        demand: '40',
        confirmed: '0',
        proposed: '25',
        unmet: '15',
        openedAt: expect.stringMatching(/Z$/),
        daysOpen: '50',
        runsUnmet: '',
      });
      const filtered = await table(
        'reports/persistent-gaps.xlsx?openLongerThanDays=0&unmetInLastRuns=1&memberState=SEN',
        'coordinator',
      );
      // G2: R1 proposed 20 of its 20: met by the last run.
      expect(filtered.rows).toEqual([]);
    });

    it('donor summaries: a DONOR row, its CATEGORY rows and RECIPIENT_REGION rows', async () => {
      const exported = await table('reports/donor-summaries.csv', 'analyst');
      const row = (values: (string | number | null)[]) =>
        Object.fromEntries(exported.headers.map((name, index) => [name, text(values[index])]));
      const name = (iso3: string) =>
        exported.rows.find((r) => r.donorIso3 === iso3)?.donorName ?? iso3;
      // Published offers: O1, O2, O3 (O4 draft, O5 withdrawn). P1 (O3 → BGD, Asia).
      expect(exported.rows).toEqual([
        row(['DONOR', 'GBR', name('GBR'), null, null, null, 1, 30, 0, 0, 0, 0, 0]),
        row(['CATEGORY', 'GBR', name('GBR'), 'MEDICAL', null, null, 1, 30, 0, 0, null, 0, 0]),
        row(['DONOR', 'USA', name('USA'), null, null, null, 2, 90, 0, 30, 33.3, 1, 12]),
        row(['CATEGORY', 'USA', name('USA'), 'ENGINEERING', null, null, 1, 40, 0, 30, null, 1, 12]),
        row(['CATEGORY', 'USA', name('USA'), 'MEDICAL', null, null, 1, 50, 0, 0, null, 0, 0]),
        row([
          'RECIPIENT_REGION',
          'USA',
          name('USA'),
          null,
          '142',
          'Asia',
          null,
          null,
          null,
          30,
          null,
          1,
          12,
        ]),
      ]);
      const usaOnly = await table('reports/donor-summaries.xlsx?donor=usa', 'analyst');
      expect(usaOnly.rows).toEqual(exported.rows.filter((r) => r.donorIso3 === 'USA'));
    });

    it('language fit: the three groups of languageFitReport and the supply', async () => {
      const LANGUAGE_FIGURES = `gaps demand confirmed confirmedInLanguage proposed proposedInLanguage
        unmet coveredPercent inLanguagePercent`;
      const graphql = await api.as('analyst')<{
        languageFitReport: Record<string, Record<string, unknown>>;
      }>(
        `{ languageFitReport(language: "fr") { onlyLanguage { ${LANGUAGE_FIGURES} }
           alsoOtherLanguages { ${LANGUAGE_FIGURES} } total { ${LANGUAGE_FIGURES} }
           supply { offers capacity remaining } } }`,
      );
      const report = graphql.body.data!.languageFitReport;
      const exported = await table('reports/language-fit.csv?language=FR', 'analyst');
      const figures = LANGUAGE_FIGURES.split(/\s+/);
      const group = (row: string, values: Record<string, unknown>) => ({
        language: 'fr',
        row,
        ...Object.fromEntries(figures.map((name) => [name, text(values[name])])),
        supplyOffers: '',
        supplyCapacity: '',
        supplyRemaining: '',
      });
      expect(exported.rows).toEqual([
        group('ONLY_LANGUAGE', report.onlyLanguage),
        group('ALSO_OTHER_LANGUAGES', report.alsoOtherLanguages),
        group('TOTAL', report.total),
        {
          language: 'fr',
          row: 'SUPPLY',
          ...Object.fromEntries(figures.map((name) => [name, ''])),
          supplyOffers: text(report.supply.offers),
          supplyCapacity: text(report.supply.capacity),
          supplyRemaining: text(report.supply.remaining),
        },
      ]);
      // G1 accepts only French (40), G2 also English (20).
      expect(exported.rows[0]).toMatchObject({ gaps: '1', demand: '40', proposed: '25' });
      expect(exported.rows[1]).toMatchObject({ gaps: '1', demand: '20', proposed: '20' });
    });

    it('partnership outcomes: P1 with its indicator, baseline 30 → 50 of target 90', async () => {
      const exported = await table(
        'reports/partnership-outcomes.xlsx?measuredOnly=true',
        'analyst',
      );
      expect(exported.rows).toEqual([
        {
          partnershipId: id.P1,
          gapId: id.G3,
          gapTitle: 'Gap G3, "quoted", with a comma',
          memberStateIso3: 'BGD',
          donorIso3: 'USA',
          category: 'ENGINEERING',
          capability: 'C_IED',
          status: 'ACTIVE',
          quantity: '30',
          delivered: '12',
          indicator: '% of patrols with the capability',
          baseline: '30',
          target: '90',
          after: '50',
          measuredOn: '2027-03-01',
          change: '20',
          targetProgressPercent: '33.3',
          // No reporting period recorded (results per period: test/result-periods.e2e-spec.ts).
          periods: '0',
          latestPeriodStart: '',
          latestPeriodEnd: '',
          latestActual: '',
          latestTargetProgressPercent: '',
        },
      ]);
      expect((await table('reports/partnership-outcomes.csv?donor=GBR', 'analyst')).rows).toEqual(
        [],
      );
    });
  });

  describe('rate limit', () => {
    it('counts export downloads as any request: 429 past the limit', async () => {
      const limited = await startTestApi({ RATE_LIMIT_MAX: '2' });
      try {
        expect((await download(limited, 'gaps.csv')).status).toBe(200);
        expect((await download(limited, 'gaps.csv', null)).status).toBe(401);
        const refused = await download(limited, 'gaps.csv');
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(refused.json()).toMatchObject({
          statusCode: 429,
          code: 'RATE_LIMITED',
          message: expect.stringMatching(/^Too many requests: at most 2 per 60 s/),
        });
      } finally {
        await limited.close();
      }
    }, 30_000);
  });
});
