import { countQueries } from './support/count-queries';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/**
 * Every report on a small hand-checked data set, inserted with SQL (the reports only read).
 *
 * Gaps (quantity; reserved/confirmed as the proposals and partnerships below imply):
 *   G1 RWA MINUSCA MEDICAL/CASEVAC     40 [fr]     PARTIALLY_MATCHED  opened 100 days ago
 *   G2 SEN MONUSCO MEDICAL/CASEVAC     20 [fr,en]  OPEN               opened  10 days ago
 *   G3 BGD —       ENGINEERING/C_IED   30 [en]     MATCHED            opened 200 days ago
 *   G4 RWA MINUSCA ENGINEERING/C_IED   12 [en,fr]  OPEN               opened  40 days ago
 *   G5 SEN DRAFT (99) and G6 BGD CANCELLED (50): never counted.
 * Offers:
 *   O1 USA MEDICAL      50 [en,fr] PARTIALLY_ALLOCATED, confirmed 10, budget 45 000 at 1 000/unit
 *   O2 FRA MEDICAL      30 [fr]    OPEN, reserved 15
 *   O3 USA ENGINEERING  40 [en]    PARTIALLY_ALLOCATED, confirmed 30
 *   O4 USA MEDICAL     100 [en]    OPEN
 *   O5 USA MEDICAL     100 [fr]    DRAFT; O6 FRA MEDICAL 10 [fr] WITHDRAWN: never counted.
 * Runs (SUCCEEDED unless said): R0 300 days ago, R1 5 days ago, R2 1 day ago, R3 FAILED today.
 * Proposals:
 *   R1 G1←O1 10 CONFIRMED (→ P1)   R1 G3←O3 30 CONFIRMED (→ P2)   R1 G2←O2  8 PROPOSED
 *   R2 G1←O2 15 ACCEPTED           R2 G2←O4 20 PROPOSED           R2 G4←O3 12 DECLINED
 * Partnerships:
 *   P1 G1/O1 10, delivered 10, COMPLETED, indicator 30 → 60 (target 90)
 *   P2 G3/O3 30, delivered 12, ACTIVE, not measured (baseline 20, target 80)
 *
 * Per counted gap (proposed = open proposals capped at quantity − confirmed; unmet = the rest):
 *   G1 demand 40 confirmed 10 delivered 10 open 15        proposed 15 unmet 15
 *   G2 demand 20 confirmed  0 delivered  0 open 8+20 = 28 proposed 20 unmet  0
 *   G3 demand 30 confirmed 30 delivered 12 open 0         proposed  0 unmet  0
 *   G4 demand 12 confirmed  0 delivered  0 open 0         proposed  0 unmet 12 (declined ≠ open)
 */
describe('reports', () => {
  let api: TestApi;
  const id: Record<string, string> = {};
  const name: Record<string, string> = {};

  async function insert(sql: string, params: unknown[]): Promise<string> {
    const [row] = await api.dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
    return row.id;
  }

  async function gap(
    key: string,
    values: [
      string,
      string | null,
      string,
      string,
      number,
      number,
      number,
      string[],
      string,
      number,
    ],
  ) {
    const [
      state,
      mission,
      category,
      capability,
      quantity,
      reserved,
      confirmed,
      languages,
      status,
      age,
    ] = values;
    id[key] = await insert(
      `INSERT INTO capability_gaps (member_state_iso3, mission_code, category, capability, title,
         quantity, reserved_quantity, confirmed_quantity, unit, priority, languages, needed_from,
         needed_by, source, status, objective_indicator, objective_baseline, objective_target,
         created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'TRAINEES', 'HIGH', $9, '2027-01-01', '2027-12-31',
         'PCRS_ASSESSMENT', $10, '% of patrols with the capability', $11, $12,
         now() - make_interval(days => $13))`,
      [
        state,
        mission,
        category,
        capability,
        `Gap ${key}`,
        quantity,
        reserved,
        confirmed,
        languages,
        status,
        key === 'G3' ? 20 : 30,
        key === 'G3' ? 80 : 90,
        age,
      ],
    );
  }

  async function offer(
    key: string,
    values: [string, string, number, number, number, string[], string],
    budget: [number, number] | null = null,
  ) {
    const [donor, category, capacity, reserved, confirmed, languages, status] = values;
    id[key] = await insert(
      `INSERT INTO offers (donor_iso3, category, title, capacity, reserved_capacity,
         confirmed_capacity, unit, languages, available_from, available_to, status, cost_per_unit,
         budget)
       VALUES ($1, $2, $3, $4, $5, $6, 'TRAINEES', $7, '2027-01-01', '2027-12-31', $8, $9, $10)`,
      [
        donor,
        category,
        `Offer ${key}`,
        capacity,
        reserved,
        confirmed,
        languages,
        status,
        budget?.[0] ?? null,
        budget?.[1] ?? null,
      ],
    );
  }

  async function run(key: string, status: string, age: number) {
    id[key] = await insert(
      `INSERT INTO match_runs (requested_by, status, created_at, started_at, finished_at)
       VALUES ('test', $1, now() - make_interval(days => $2), now() - make_interval(days => $2),
               now() - make_interval(days => $2))`,
      [status, age],
    );
  }

  async function proposal(key: string, values: [string, string, string, number, string]) {
    const [runKey, gapKey, offerKey, quantity, status] = values;
    id[key] = await insert(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation,
         status)
       VALUES ($1, $2, $3, $4, 0.5, '{}', 'test', $5)`,
      [id[runKey], id[gapKey], id[offerKey], quantity, status],
    );
  }

  async function partnership(
    key: string,
    values: [string, number, number, string, number | null, number],
  ) {
    const [proposalKey, quantity, delivered, status, after, age] = values;
    const [row] = await api.dataSource.query<{ gap_id: string; offer_id: string }[]>(
      `SELECT gap_id, offer_id FROM proposals WHERE id = $1`,
      [id[proposalKey]],
    );
    id[key] = await insert(
      `INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity, delivered_quantity,
         status, indicator_after, indicator_measured_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9))`,
      [
        id[proposalKey],
        row.gap_id,
        row.offer_id,
        quantity,
        delivered,
        status,
        after,
        after === null ? null : '2027-03-01',
        age,
      ],
    );
  }

  beforeAll(async () => {
    api = await startTestApi();
    await gap('G1', [
      'RWA',
      'MINUSCA',
      'MEDICAL',
      'CASEVAC',
      40,
      15,
      10,
      ['fr'],
      'PARTIALLY_MATCHED',
      100,
    ]);
    await gap('G2', ['SEN', 'MONUSCO', 'MEDICAL', 'CASEVAC', 20, 0, 0, ['fr', 'en'], 'OPEN', 10]);
    await gap('G3', ['BGD', null, 'ENGINEERING', 'C_IED', 30, 0, 30, ['en'], 'MATCHED', 200]);
    await gap('G4', ['RWA', 'MINUSCA', 'ENGINEERING', 'C_IED', 12, 0, 0, ['en', 'fr'], 'OPEN', 40]);
    await gap('G5', ['SEN', null, 'MEDICAL', 'CASEVAC', 99, 0, 0, ['fr'], 'DRAFT', 300]);
    await gap('G6', ['BGD', null, 'MEDICAL', 'CASEVAC', 50, 0, 0, ['fr'], 'CANCELLED', 300]);
    await offer(
      'O1',
      ['USA', 'MEDICAL', 50, 0, 10, ['en', 'fr'], 'PARTIALLY_ALLOCATED'],
      [1000, 45000],
    );
    await offer('O2', ['FRA', 'MEDICAL', 30, 15, 0, ['fr'], 'OPEN']);
    await offer('O3', ['USA', 'ENGINEERING', 40, 0, 30, ['en'], 'PARTIALLY_ALLOCATED']);
    await offer('O4', ['USA', 'MEDICAL', 100, 0, 0, ['en'], 'OPEN']);
    await offer('O5', ['USA', 'MEDICAL', 100, 0, 0, ['fr'], 'DRAFT']);
    await offer('O6', ['FRA', 'MEDICAL', 10, 0, 0, ['fr'], 'WITHDRAWN']);
    await run('R0', 'SUCCEEDED', 300);
    await run('R1', 'SUCCEEDED', 5);
    await run('R2', 'SUCCEEDED', 1);
    await run('R3', 'FAILED', 0);
    await proposal('X1', ['R1', 'G1', 'O1', 10, 'CONFIRMED']);
    await proposal('X2', ['R1', 'G3', 'O3', 30, 'CONFIRMED']);
    await proposal('X3', ['R1', 'G2', 'O2', 8, 'PROPOSED']);
    await proposal('X4', ['R2', 'G1', 'O2', 15, 'ACCEPTED']);
    await proposal('X5', ['R2', 'G2', 'O4', 20, 'PROPOSED']);
    await proposal('X6', ['R2', 'G4', 'O3', 12, 'DECLINED']);
    await partnership('P1', ['X1', 10, 10, 'COMPLETED', 60, 4]);
    await partnership('P2', ['X2', 30, 12, 'ACTIVE', null, 3]);
    const states = await api.dataSource.query<{ iso3: string; name: string }[]>(
      `SELECT iso3, name FROM member_states WHERE iso3 IN ('RWA', 'SEN', 'BGD', 'USA', 'FRA')`,
    );
    for (const state of states) name[state.iso3] = state.name;
    const missions = await api.dataSource.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM missions WHERE code IN ('MINUSCA', 'MONUSCO')`,
    );
    for (const mission of missions) name[mission.code] = mission.name;
  });

  afterAll(async () => {
    await api?.close();
  });

  const FIGURES = 'gaps demand proposed confirmed delivered unmet coveredPercent';
  const COVERAGE = `query($by: CoverageDimension!, $filter: GapReportFilter) {
    coverageReport(by: $by, filter: $filter) {
      by rows { key label ${FIGURES} } totals { ${FIGURES} }
    } }`;
  const PERSISTENT = `query($days: Int, $runs: Int, $first: Int, $after: String) {
    persistentGaps(openLongerThanDays: $days, unmetInLastRuns: $runs, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { gapId memberStateIso3 missionCode category capability priority demand
        confirmed proposed unmet daysOpen runsUnmet } }
    } }`;
  const DONORS = `query($filter: DonorReportFilter) { donorSummaries(filter: $filter) {
    donorIso3 donorName offers capacity reserved allocated allocatedPercent partnerships delivered
    byCategory { category offers capacity reserved allocated partnerships delivered }
    byRecipientRegion { regionCode regionName partnerships allocated delivered }
  } }`;
  const LANGUAGE_FIGURES = `gaps demand confirmed confirmedInLanguage proposed proposedInLanguage
    unmet coveredPercent inLanguagePercent`;
  const LANGUAGE = `query($language: String) { languageFitReport(language: $language) {
    language onlyLanguage { ${LANGUAGE_FIGURES} } alsoOtherLanguages { ${LANGUAGE_FIGURES} }
    total { ${LANGUAGE_FIGURES} } supply { offers capacity remaining }
  } }`;
  const OUTCOMES = `query($filter: OutcomeReportFilter, $first: Int) {
    partnershipOutcomes(filter: $filter, first: $first) {
      totalCount
      summary { partnerships measured improved reachedTarget averageTargetProgressPercent }
      edges { node { partnershipId gapId memberStateIso3 donorIso3 category capability status
        quantity delivered indicator baseline target after measuredOn change targetProgressPercent } }
    } }`;

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await api.as('analyst')<T>(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  const figures = (
    ...[gaps, demand, proposed, confirmed, delivered, unmet, coveredPercent]: number[]
  ) => ({
    gaps,
    demand,
    proposed,
    confirmed,
    delivered,
    unmet,
    coveredPercent,
  });

  // All four counted gaps: demand 40+20+30+12 = 102, proposed 15+20 = 35, confirmed 10+30 = 40,
  // delivered 10+12 = 22, unmet 15+12 = 27; covered 40/102 = 39.2 %.
  const TOTALS = figures(4, 102, 35, 40, 22, 27, 39.2);

  describe('coverageReport', () => {
    it('by category: MEDICAL (G1, G2) then ENGINEERING (G3, G4), most unmet first', async () => {
      const { coverageReport } = await data<{ coverageReport: unknown }>(COVERAGE, {
        by: 'CATEGORY',
      });
      expect(coverageReport).toEqual({
        by: 'CATEGORY',
        rows: [
          // 40+20, 15+20, 10, 10, 15+0; 10/60 = 16.7 %
          { key: 'MEDICAL', label: 'MEDICAL', ...figures(2, 60, 35, 10, 10, 15, 16.7) },
          // 30+12, 0, 30, 12, 0+12; 30/42 = 71.4 %
          { key: 'ENGINEERING', label: 'ENGINEERING', ...figures(2, 42, 0, 30, 12, 12, 71.4) },
        ],
        totals: TOTALS,
      });
    });

    it('by mission: gaps without one share the row with key null', async () => {
      const { coverageReport } = await data<{
        coverageReport: { rows: unknown[]; totals: unknown };
      }>(COVERAGE, { by: 'MISSION' });
      expect(coverageReport.rows).toEqual([
        // G1 + G4: 52, 15, 10, 10, 27; 10/52 = 19.2 %
        { key: 'MINUSCA', label: name.MINUSCA, ...figures(2, 52, 15, 10, 10, 27, 19.2) },
        // Unmet 0 for the next two: by key, null last.
        { key: 'MONUSCO', label: name.MONUSCO, ...figures(1, 20, 20, 0, 0, 0, 0) },
        { key: null, label: 'No mission', ...figures(1, 30, 0, 30, 12, 0, 100) },
      ]);
      expect(coverageReport.totals).toEqual(TOTALS);
    });

    it('by region and by T/PCC', async () => {
      const byRegion = await data<{ coverageReport: { rows: unknown[] } }>(COVERAGE, {
        by: 'REGION',
      });
      expect(byRegion.coverageReport.rows).toEqual([
        // Africa: G1, G2, G4 = 72, 35, 10, 10, 27; 10/72 = 13.9 %
        { key: '002', label: 'Africa', ...figures(3, 72, 35, 10, 10, 27, 13.9) },
        { key: '142', label: 'Asia', ...figures(1, 30, 0, 30, 12, 0, 100) },
      ]);
      const byState = await data<{ coverageReport: { rows: unknown[] } }>(COVERAGE, {
        by: 'MEMBER_STATE',
      });
      expect(byState.coverageReport.rows).toEqual([
        { key: 'RWA', label: name.RWA, ...figures(2, 52, 15, 10, 10, 27, 19.2) },
        { key: 'BGD', label: name.BGD, ...figures(1, 30, 0, 30, 12, 0, 100) },
        { key: 'SEN', label: name.SEN, ...figures(1, 20, 20, 0, 0, 0, 0) },
      ]);
    });

    it('by capability within a sub-region (014 Eastern Africa: the RWA gaps G1 and G4)', async () => {
      const { coverageReport } = await data<{ coverageReport: unknown }>(COVERAGE, {
        by: 'CAPABILITY',
        filter: { region: ['014'] },
      });
      expect(coverageReport).toEqual({
        by: 'CAPABILITY',
        rows: [
          { key: 'MEDICAL/CASEVAC', label: 'CASEVAC', ...figures(1, 40, 15, 10, 10, 15, 25) },
          { key: 'ENGINEERING/C_IED', label: 'C_IED', ...figures(1, 12, 0, 0, 0, 12, 0) },
        ],
        totals: figures(2, 52, 15, 10, 10, 27, 19.2),
      });
    });

    it('counts only the statuses asked for, and nothing at all as empty totals', async () => {
      const drafts = await data<{ coverageReport: unknown }>(COVERAGE, {
        by: 'CATEGORY',
        filter: { status: ['DRAFT'] },
      });
      expect(drafts.coverageReport).toEqual({
        by: 'CATEGORY',
        rows: [{ key: 'MEDICAL', label: 'MEDICAL', ...figures(1, 99, 0, 0, 0, 99, 0) }],
        totals: figures(1, 99, 0, 0, 0, 99, 0),
      });
      const none = await data<{ coverageReport: unknown }>(COVERAGE, {
        by: 'CATEGORY',
        filter: { memberState: ['USA'] },
      });
      expect(none.coverageReport).toEqual({
        by: 'CATEGORY',
        rows: [],
        totals: { ...figures(0, 0, 0, 0, 0, 0), coveredPercent: null },
      });
    });

    it('refuses a malformed filter with BAD_USER_INPUT naming the field', async () => {
      const response = await api.as('analyst')(COVERAGE, {
        by: 'REGION',
        filter: { region: ['Africa'] },
      });
      expect(response.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.region',
      });
    });
  });

  describe('persistentGaps', () => {
    // Candidates: OPEN or PARTIALLY_MATCHED with quantity − reserved − confirmed > 0:
    // G1 (40 − 15 − 10 = 15), G2 (20), G4 (12). G3 is MATCHED.
    const G1 = {
      memberStateIso3: 'RWA',
      missionCode: 'MINUSCA',
      category: 'MEDICAL',
      capability: 'CASEVAC',
      priority: 'HIGH',
      demand: 40,
      confirmed: 10,
      proposed: 15,
      unmet: 15,
      daysOpen: 100,
    };
    const G4 = { ...G1, capability: 'C_IED', category: 'ENGINEERING', demand: 12 };
    Object.assign(G4, { confirmed: 0, proposed: 0, unmet: 12, daysOpen: 40 });

    type Page = {
      persistentGaps: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Record<string, unknown> }[];
      };
    };

    it('open longer than 30 days: G1 (100 days) and G4 (40 days), oldest first', async () => {
      const { persistentGaps } = await data<Page>(PERSISTENT, { days: 30 });
      expect(persistentGaps.totalCount).toBe(2);
      expect(persistentGaps.edges.map((edge) => edge.node)).toEqual([
        { gapId: id.G1, ...G1, runsUnmet: null },
        { gapId: id.G4, ...G4, runsUnmet: null },
      ]);
    });

    it('unmet by each of the last 2 runs (R2, R1): only G1', async () => {
      // G1: R1 proposed 10 < 40; R2 proposed 15 + R1's confirmed 10 = 25 < 40: unmet twice.
      // G2: R1 proposed 8 < 20; R2 proposed 20 = 20: met by R2.
      // G4: R1 nothing; R2 proposed all 12 (declined later, but the run did propose it).
      const { persistentGaps } = await data<Page>(PERSISTENT, { runs: 2 });
      expect(persistentGaps.edges.map((edge) => edge.node)).toEqual([
        { gapId: id.G1, ...G1, runsUnmet: 2 },
      ]);
      const both = await data<Page>(PERSISTENT, { days: 30, runs: 2 });
      expect(both.persistentGaps.edges.map((edge) => edge.node.gapId)).toEqual([id.G1]);
    });

    it('counts only runs after the gap opened: none over the last 3 (R0 is older than G1)', async () => {
      const { persistentGaps } = await data<Page>(PERSISTENT, { runs: 3 });
      expect(persistentGaps).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    });

    it('pages oldest first with a cursor', async () => {
      const first = await data<Page>(PERSISTENT, { days: 0, first: 2 });
      expect(first.persistentGaps.totalCount).toBe(3);
      expect(first.persistentGaps.pageInfo.hasNextPage).toBe(true);
      expect(first.persistentGaps.edges.map((edge) => edge.node.gapId)).toEqual([id.G1, id.G4]);
      const next = await data<Page>(PERSISTENT, {
        days: 0,
        first: 2,
        after: first.persistentGaps.pageInfo.endCursor,
      });
      expect(next.persistentGaps.pageInfo.hasNextPage).toBe(false);
      expect(next.persistentGaps.edges.map((edge) => edge.node.gapId)).toEqual([id.G2]);
    });

    it('refuses no criterion, or a bad one, with BAD_USER_INPUT naming the field', async () => {
      const none = await api.as('analyst')(PERSISTENT, {});
      expect(none.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'openLongerThanDays',
      });
      const zero = await api.as('analyst')(PERSISTENT, { runs: 0 });
      expect(zero.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'unmetInLastRuns',
      });
      const cursor = await api.as('analyst')(PERSISTENT, { days: 1, after: 'nonsense' });
      expect(cursor.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    });
  });

  describe('donorSummaries', () => {
    it('FRA then USA, with categories and recipient regions; drafts and withdrawn left out', async () => {
      const { donorSummaries } = await data<{ donorSummaries: unknown }>(DONORS);
      expect(donorSummaries).toEqual([
        {
          // O2 only (O6 is withdrawn): 30 capacity, 15 reserved by the accepted R2 proposal.
          donorIso3: 'FRA',
          donorName: name.FRA,
          offers: 1,
          capacity: 30,
          reserved: 15,
          allocated: 0,
          allocatedPercent: 0,
          partnerships: 0,
          delivered: 0,
          byCategory: [
            {
              category: 'MEDICAL',
              offers: 1,
              capacity: 30,
              reserved: 15,
              allocated: 0,
              partnerships: 0,
              delivered: 0,
            },
          ],
          byRecipientRegion: [],
        },
        {
          // O1, O3, O4 (O5 is a draft): 50 + 40 + 100 = 190; allocated 10 + 30 = 40 (21.1 %).
          donorIso3: 'USA',
          donorName: name.USA,
          offers: 3,
          capacity: 190,
          reserved: 0,
          allocated: 40,
          allocatedPercent: 21.1,
          partnerships: 2,
          delivered: 22,
          byCategory: [
            {
              category: 'ENGINEERING',
              offers: 1,
              capacity: 40,
              reserved: 0,
              allocated: 30,
              partnerships: 1,
              delivered: 12,
            },
            {
              category: 'MEDICAL',
              offers: 2,
              capacity: 150,
              reserved: 0,
              allocated: 10,
              partnerships: 1,
              delivered: 10,
            },
          ],
          byRecipientRegion: [
            // P1 → RWA (Africa), P2 → BGD (Asia)
            {
              regionCode: '002',
              regionName: 'Africa',
              partnerships: 1,
              allocated: 10,
              delivered: 10,
            },
            {
              regionCode: '142',
              regionName: 'Asia',
              partnerships: 1,
              allocated: 30,
              delivered: 12,
            },
          ],
        },
      ]);
    });

    it('filters by donor and category', async () => {
      const { donorSummaries } = await data<{ donorSummaries: Record<string, unknown>[] }>(DONORS, {
        filter: { donor: ['USA'], category: ['ENGINEERING'] },
      });
      expect(donorSummaries).toHaveLength(1);
      expect(donorSummaries[0]).toMatchObject({
        donorIso3: 'USA',
        offers: 1,
        capacity: 40,
        allocated: 30,
        allocatedPercent: 75,
        partnerships: 1,
        delivered: 12,
        byRecipientRegion: [
          { regionCode: '142', regionName: 'Asia', partnerships: 1, allocated: 30, delivered: 12 },
        ],
      });
    });
  });

  describe('languageFitReport', () => {
    it('French: gaps accepting only French, French among others, and the French supply', async () => {
      const { languageFitReport } = await data<{ languageFitReport: unknown }>(LANGUAGE, {
        language: 'fr',
      });
      expect(languageFitReport).toEqual({
        language: 'fr',
        // G1: confirmed 10 from O1 (en, fr); proposed 15 from O2 (fr); unmet 15.
        onlyLanguage: {
          gaps: 1,
          demand: 40,
          confirmed: 10,
          confirmedInLanguage: 10,
          proposed: 15,
          proposedInLanguage: 15,
          unmet: 15,
          coveredPercent: 25,
          inLanguagePercent: 25,
        },
        // G2 + G4: G2's 20 proposed units (of 28 open) include 8 from O2 (fr), 20 from O4 (en).
        alsoOtherLanguages: {
          gaps: 2,
          demand: 32,
          confirmed: 0,
          confirmedInLanguage: 0,
          proposed: 20,
          proposedInLanguage: 8,
          unmet: 12,
          coveredPercent: 0,
          inLanguagePercent: 0,
        },
        total: {
          gaps: 3,
          demand: 72,
          confirmed: 10,
          confirmedInLanguage: 10,
          proposed: 35,
          proposedInLanguage: 23,
          unmet: 27,
          coveredPercent: 13.9,
          inLanguagePercent: 13.9,
        },
        // O1 (budget allows 45, 10 confirmed → 35) and O2 (30 − 15 reserved → 15).
        supply: { offers: 2, capacity: 80, remaining: 50 },
      });
    });

    it('defaults to French and refuses an unknown language code', async () => {
      const { languageFitReport } = await data<{ languageFitReport: { language: string } }>(
        `{ languageFitReport { language } }`,
      );
      expect(languageFitReport.language).toBe('fr');
      const response = await api.as('analyst')(LANGUAGE, { language: 'french' });
      expect(response.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'language',
      });
    });
  });

  describe('partnershipOutcomes', () => {
    const P1 = {
      memberStateIso3: 'RWA',
      donorIso3: 'USA',
      category: 'MEDICAL',
      capability: 'CASEVAC',
      status: 'COMPLETED',
      quantity: 10,
      delivered: 10,
      indicator: '% of patrols with the capability',
      baseline: 30,
      target: 90,
      after: 60,
      measuredOn: '2027-03-01',
      change: 30, // 60 − 30
      targetProgressPercent: 50, // 30 / (90 − 30)
    };
    const P2 = {
      ...P1,
      memberStateIso3: 'BGD',
      category: 'ENGINEERING',
      capability: 'C_IED',
      status: 'ACTIVE',
      quantity: 30,
      delivered: 12,
      baseline: 20,
      target: 80,
      after: null,
      measuredOn: null,
      change: null,
      targetProgressPercent: null,
    };

    it('every partnership, oldest first, with a summary of the measured ones', async () => {
      const { partnershipOutcomes } = await data<{ partnershipOutcomes: unknown }>(OUTCOMES);
      expect(partnershipOutcomes).toEqual({
        totalCount: 2,
        summary: {
          partnerships: 2,
          measured: 1,
          improved: 1,
          reachedTarget: 0,
          averageTargetProgressPercent: 50,
        },
        edges: [
          { node: { partnershipId: id.P1, gapId: id.G1, ...P1 } },
          { node: { partnershipId: id.P2, gapId: id.G3, ...P2 } },
        ],
      });
    });

    it('measured only, and by donor', async () => {
      const measured = await data<{
        partnershipOutcomes: { totalCount: number; edges: unknown[] };
      }>(OUTCOMES, { filter: { measuredOnly: true } });
      expect(measured.partnershipOutcomes.totalCount).toBe(1);
      expect(measured.partnershipOutcomes.edges).toEqual([
        { node: { partnershipId: id.P1, gapId: id.G1, ...P1 } },
      ]);
      const france = await data<{ partnershipOutcomes: { totalCount: number } }>(OUTCOMES, {
        filter: { donor: ['FRA'] },
      });
      expect(france.partnershipOutcomes.totalCount).toBe(0);
    });
  });

  const EVERY_REPORT: [string, string, Record<string, unknown>][] = [
    ['coverageReport', COVERAGE, { by: 'MEMBER_STATE' }],
    ['persistentGaps', PERSISTENT, { days: 0, runs: 1 }],
    ['donorSummaries', DONORS, {}],
    ['languageFitReport', LANGUAGE, {}],
    ['partnershipOutcomes', OUTCOMES, {}],
  ];

  it.each<TestIdentity>(['donor', 'tpcc'])(
    'refuses every report to a %s (FORBIDDEN)',
    async (who) => {
      for (const [field, query, variables] of EVERY_REPORT) {
        const response = await api.as(who)(query, variables);
        expect({ field, code: response.body.errors?.[0].extensions?.code }).toEqual({
          field,
          code: 'FORBIDDEN',
        });
        expect(response.body.data).toBeNull();
      }
    },
  );

  it.each<TestIdentity>(['coordinator', 'admin'])('answers every report to a %s', async (who) => {
    for (const [, query, variables] of EVERY_REPORT) {
      const response = await api.as(who)(query, variables);
      expect(response.body.errors).toBeUndefined();
    }
  });

  // Last: it adds data. Each report costs the same number of SQL statements with 100 times more.
  it('costs a constant number of SQL statements whatever the data size', async () => {
    const before: number[] = [];
    for (const [, query, variables] of EVERY_REPORT) {
      const { queries } = await countQueries(api.dataSource, () =>
        api.as('analyst')(query, variables),
      );
      before.push(queries.length);
    }
    await api.dataSource.query(
      `INSERT INTO capability_gaps (member_state_iso3, category, capability, title, quantity,
         unit, priority, languages, needed_from, needed_by, source, status, created_at)
       SELECT 'SEN', 'MEDICAL', 'CASEVAC', 'Bulk ' || n, 5, 'TRAINEES', 'LOW', '{fr}',
              '2027-01-01', '2027-12-31', 'SELF_DECLARED', 'OPEN', now() - interval '50 days'
       FROM generate_series(1, 400) n`,
    );
    await api.dataSource.query(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       SELECT $1, g.id, $2, 1, 0.5, '{}', 'bulk' FROM capability_gaps g WHERE g.title LIKE 'Bulk %'`,
      [id.R2, id.O4],
    );
    for (const [index, [field, query, variables]] of EVERY_REPORT.entries()) {
      const { queries, result } = await countQueries(api.dataSource, () =>
        api.as('analyst')(query, variables),
      );
      expect(result.body.errors).toBeUndefined();
      expect({ field, statements: queries.length }).toEqual({ field, statements: before[index] });
    }
    const { coverageReport } = await data<{ coverageReport: { totals: { gaps: number } } }>(
      COVERAGE,
      { by: 'CATEGORY' },
    );
    expect(coverageReport.totals.gaps).toBe(404);
  });
});
