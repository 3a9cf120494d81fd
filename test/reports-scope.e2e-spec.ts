import { download, parseCsv } from './support/downloads';
import { gql } from './graphql';
import { type TypedDocumentString } from './graphql/graphql';
import { seedReportData } from './support/report-data';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/**
 * The reports as donors and T/PCC officers read them, on the hand-checked data set
 * (test/support/report-data.ts): within what the gap, offer and partnership lists show them
 * (docs/access-control.md), with both caches on (the coverage report's snapshot cache and the
 * GraphQL response cache), and the exports the same. Test users: tpcc RWA (G1, G4), otherTpcc
 * SEN (G2, draft G5), donor USA (O1, O3, O4, draft O5; P1 on G1, P2 on G3), otherDonor GBR.
 */
describe('reports scoped to a donor or T/PCC', () => {
  let api: TestApi;
  let id: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi({ RESPONSE_CACHE_MAX_BYTES: String(8 * 1024 * 1024) });
    ({ id } = await seedReportData(api.dataSource));
  });

  afterAll(async () => {
    await api?.close();
  });

  const COVERAGE = gql(`
    query ScopedCoverage($by: CoverageDimension!, $filter: GapReportFilter) {
      coverageReport(by: $by, filter: $filter) {
        rows { key gaps demand }
        totals { gaps demand proposed confirmed delivered unmet coveredPercent }
      }
    }
  `);
  const PERSISTENT = gql(`
    query ScopedPersistentGaps($filter: GapReportFilter) {
      persistentGaps(openLongerThanDays: 0, filter: $filter) {
        totalCount
        edges { node { gapId memberStateIso3 } }
      }
    }
  `);
  const DONORS = gql(`
    query ScopedDonorSummaries {
      donorSummaries { donorIso3 offers capacity partnerships delivered }
    }
  `);
  const OUTCOMES = gql(`
    query ScopedOutcomes {
      partnershipOutcomes { totalCount edges { node { partnershipId } } }
    }
  `);
  const LANGUAGE = gql(`
    query ScopedLanguageFit {
      languageFitReport(language: "fr") { total { gaps demand } supply { offers capacity } }
    }
  `);
  const TREND = gql(`
    query ScopedTrend($filter: GapReportFilter!) {
      gapTrend(filter: $filter) { totals { opened matched delivered } }
    }
  `);
  const DEMAND_MAP = gql(`
    query ScopedDemandMap($filter: GapReportFilter) {
      openDemandByMemberState(filter: $filter) { memberStateIso3 gaps demand }
    }
  `);

  async function data<Result, Variables>(
    who: TestIdentity,
    query: TypedDocumentString<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    const response = await api.as(who)(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  /** Count and demand of the gaps of `states` in `statuses`, straight from the table. */
  async function gapsInSql(
    states: string[],
    statuses = ['OPEN', 'PARTIALLY_MATCHED', 'MATCHED', 'CLOSED'],
  ): Promise<{ gaps: number; demand: number }> {
    const [row] = await api.dataSource.query<{ gaps: number; demand: number }[]>(
      `SELECT count(*)::int AS gaps, COALESCE(sum(quantity), 0)::int AS demand
         FROM capability_gaps
        WHERE member_state_iso3 = ANY($1) AND status::text = ANY($2)`,
      [states, statuses],
    );
    return row;
  }

  describe('a T/PCC officer (RWA)', () => {
    it('coverage: only its own gaps (G1, G4), as in SQL', async () => {
      const { coverageReport } = await data('tpcc', COVERAGE, { by: 'MEMBER_STATE' });
      expect(coverageReport.rows.map((row) => row.key)).toEqual(['RWA']);
      expect(coverageReport.totals).toMatchObject(await gapsInSql(['RWA']));
      // G1: 40 demand, 10 confirmed and delivered, 15 proposed; G4: 12 demand, nothing yet.
      expect(coverageReport.totals).toEqual({
        gaps: 2,
        demand: 52,
        proposed: 15,
        confirmed: 10,
        delivered: 10,
        unmet: 27,
        coveredPercent: 19.2,
      });
    });

    it("a filter naming another state's gaps finds nothing (not an error)", async () => {
      const sen = { filter: { memberState: ['SEN'] } };
      const { coverageReport } = await data('tpcc', COVERAGE, { by: 'CATEGORY', ...sen });
      expect(coverageReport).toEqual({
        rows: [],
        totals: expect.objectContaining({ gaps: 0, demand: 0 }) as unknown,
      });
      expect((await data('tpcc', PERSISTENT, sen)).persistentGaps.totalCount).toBe(0);
      expect((await data('tpcc', DEMAND_MAP, sen)).openDemandByMemberState).toEqual([]);
      // The same filter as staff does find SEN's gap.
      const staff = await data('coordinator', COVERAGE, { by: 'CATEGORY', ...sen });
      expect(staff.coverageReport.totals.gaps).toBe(1);
    });

    it('persistent gaps, open demand, language fit and trend: its own gaps only', async () => {
      const { persistentGaps } = await data('tpcc', PERSISTENT, {});
      expect(persistentGaps.edges.map(({ node }) => node.gapId).sort()).toEqual(
        [id.G1, id.G4].sort(),
      );
      const { openDemandByMemberState } = await data('tpcc', DEMAND_MAP, {});
      expect(openDemandByMemberState).toEqual([{ memberStateIso3: 'RWA', gaps: 2, demand: 52 }]);
      // G1 [fr] and G4 [en, fr]; the supply: published offers delivering in French (O1, O2).
      const { languageFitReport } = await data('tpcc', LANGUAGE, {});
      expect(languageFitReport.total).toEqual({ gaps: 2, demand: 52 });
      expect(languageFitReport.supply).toEqual({ offers: 2, capacity: 80 });
      const { gapTrend } = await data('tpcc', TREND, {
        filter: { period: { from: '2021-01-01', to: '2030-12-31' } },
      });
      // G1 and G4 opened; G1 matched (P1 from R1) and delivered; G4 neither.
      expect(gapTrend.totals).toEqual({ opened: 2, matched: 1, delivered: 1 });
    });

    it('partnership outcomes: only the partnerships on its gaps (P1)', async () => {
      const { partnershipOutcomes } = await data('tpcc', OUTCOMES, {});
      expect(partnershipOutcomes.edges.map(({ node }) => node.partnershipId)).toEqual([id.P1]);
      const other = await data('otherTpcc', OUTCOMES, {});
      expect(other.partnershipOutcomes.totalCount).toBe(0);
    });

    it('sees its own drafts, as in its gap list (SEN: G5)', async () => {
      const drafts = { filter: { status: ['DRAFT' as const] } };
      const { coverageReport } = await data('otherTpcc', COVERAGE, { by: 'CATEGORY', ...drafts });
      expect(coverageReport.totals).toMatchObject(await gapsInSql(['SEN'], ['DRAFT']));
      expect(coverageReport.totals.gaps).toBe(1);
      const rwa = await data('tpcc', COVERAGE, { by: 'CATEGORY', ...drafts });
      expect(rwa.coverageReport.totals.gaps).toBe(0);
    });

    it('donor summaries: FORBIDDEN (they describe donors’ offers across every recipient)', async () => {
      const response = await api.as('tpcc')(DONORS, {});
      expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.body.data).toBeNull();
    });
  });

  describe('a donor (USA)', () => {
    it('gap-based reports: the published gaps, as staff see them by default', async () => {
      const donor = await data('donor', COVERAGE, { by: 'CATEGORY' });
      const staff = await data('analyst', COVERAGE, { by: 'CATEGORY' });
      expect(donor.coverageReport).toEqual(staff.coverageReport);
      expect(donor.coverageReport.totals).toMatchObject(
        await gapsInSql(['RWA', 'SEN', 'BGD', 'GBR', 'USA', 'FRA']),
      );
    });

    it('never drafts or cancelled gaps, even when the filter names them', async () => {
      const hidden = { filter: { status: ['DRAFT' as const, 'CANCELLED' as const] } };
      const donor = await data('donor', COVERAGE, { by: 'CATEGORY', ...hidden });
      expect(donor.coverageReport.totals.gaps).toBe(0);
      const staff = await data('analyst', COVERAGE, { by: 'CATEGORY', ...hidden });
      expect(staff.coverageReport.totals.gaps).toBe(2); // G5, G6
      expect((await data('donor', DEMAND_MAP, hidden)).openDemandByMemberState).toEqual([]);
    });

    it('donor summaries: only its own state’s row', async () => {
      const { donorSummaries } = await data('donor', DONORS, {});
      // O1, O3, O4 (O5 is a draft): 190 units; P1 and P2, 22 delivered.
      expect(donorSummaries).toEqual([
        { donorIso3: 'USA', offers: 3, capacity: 190, partnerships: 2, delivered: 22 },
      ]);
      expect((await data('otherDonor', DONORS, {})).donorSummaries).toEqual([]);
    });

    it('partnership outcomes: only its own partnerships (P1, P2)', async () => {
      const { partnershipOutcomes } = await data('donor', OUTCOMES, {});
      expect(partnershipOutcomes.edges.map(({ node }) => node.partnershipId).sort()).toEqual(
        [id.P1, id.P2].sort(),
      );
      expect((await data('otherDonor', OUTCOMES, {})).partnershipOutcomes.totalCount).toBe(0);
    });

    it('language fit supply: only its own offers delivering in French (O1)', async () => {
      const { languageFitReport } = await data('donor', LANGUAGE, {});
      expect(languageFitReport.supply).toEqual({ offers: 1, capacity: 50 });
    });
  });

  it('never answers a scope from a cache entry of another (same report, in a row)', async () => {
    const variables = { by: 'MEMBER_STATE' as const };
    const answers: Record<string, unknown> = {};
    for (const who of ['coordinator', 'tpcc', 'otherTpcc', 'donor', 'coordinator'] as const) {
      answers[who] = (await data(who, COVERAGE, variables)).coverageReport.totals;
    }
    expect(answers.coordinator).toMatchObject({ gaps: 4, demand: 102 });
    expect(answers.tpcc).toMatchObject({ gaps: 2, demand: 52 });
    expect(answers.otherTpcc).toMatchObject({ gaps: 1, demand: 20 });
    // Asked again, the T/PCC is answered from the response cache, still with its own figures.
    // (A commit anywhere on the server between two requests, by another test run, forces a
    // recomputation: a few tries.)
    let hit: { cache: string | null; totals: unknown } | undefined;
    for (let attempt = 0; attempt < 5 && hit?.cache !== 'hit'; attempt += 1) {
      const again = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokens.tpcc}` },
        body: JSON.stringify({ query: String(COVERAGE), variables }),
      });
      const body = (await again.json()) as { data: { coverageReport: { totals: unknown } } };
      hit = {
        cache: again.headers.get('x-response-cache'),
        totals: body.data.coverageReport.totals,
      };
    }
    expect(hit).toEqual({ cache: 'hit', totals: answers.tpcc });
  });

  describe('exports apply the same scope', () => {
    const table = async (path: string, who: TestIdentity) => {
      const response = await download(api, path, who);
      expect({ path, who, status: response.status }).toEqual({ path, who, status: 200 });
      return parseCsv(response.body).rows;
    };

    it('coverage and outcomes as the T/PCC; donor summaries refused to it (403)', async () => {
      const coverage = await table('reports/coverage.csv?by=member_state', 'tpcc');
      expect(coverage.map((row) => [row.key, row.gaps, row.demand])).toEqual([
        ['RWA', '2', '52'],
        ['TOTAL', '2', '52'],
      ]);
      const outcomes = await table('reports/partnership-outcomes.csv', 'tpcc');
      expect(outcomes).toHaveLength(1);
      expect((await download(api, 'reports/donor-summaries.csv', 'tpcc')).status).toBe(403);
    });

    it('donor summaries as the donor: its own rows only', async () => {
      const rows = await table('reports/donor-summaries.csv', 'donor');
      expect(new Set(rows.map((row) => row.donorIso3))).toEqual(new Set(['USA']));
      expect(await table('reports/donor-summaries.csv', 'otherDonor')).toEqual([]);
    });
  });
});
