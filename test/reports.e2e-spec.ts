import { gql } from './graphql';
import { type TypedDocumentString } from './graphql/graphql';
import { countQueries } from './support/count-queries';
import {
  COVERAGE_BY_CATEGORY,
  OUTCOME_P1,
  PERSISTENT_G1,
  PERSISTENT_G4,
  seedReportData,
  USA_ENGINEERING_SUMMARY,
} from './support/report-data';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity } from './support/test-users';

/**
 * The reports' GraphQL contract on the hand-checked data set (test/support/report-data.ts): each
 * report answers through GraphQL with its arguments and defaults, refuses bad input naming the
 * field, is scoped for donors and T/PCCs (donor summaries refused to T/PCCs), and costs a constant number of statements. Every figure
 * of every report: test/service/reports.service-spec.ts.
 */
describe('reports', () => {
  let api: TestApi;
  let id: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    ({ id } = await seedReportData(api.dataSource));
  });

  afterAll(async () => {
    await api?.close();
  });

  const COVERAGE = gql(`
    query CoverageReport($by: CoverageDimension!, $filter: GapReportFilter) {
      coverageReport(by: $by, filter: $filter) {
        by
        rows { key label gaps demand proposed confirmed delivered unmet coveredPercent }
        totals { ...CoverageNumbers }
      }
    }
    fragment CoverageNumbers on CoverageFigures {
      gaps demand proposed confirmed delivered unmet coveredPercent
    }
  `);
  const PERSISTENT = gql(`
    query PersistentGaps($days: Int, $runs: Int, $first: Int, $after: String) {
      persistentGaps(
        openLongerThanDays: $days, unmetInLastRuns: $runs, first: $first, after: $after
      ) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            gapId memberStateIso3 missionCode category capability priority demand
            confirmed proposed unmet daysOpen runsUnmet
          }
        }
      }
    }
  `);
  const DONORS = gql(`
    query DonorSummaries($filter: DonorReportFilter) {
      donorSummaries(filter: $filter) {
        donorIso3 donorName offers capacity reserved allocated allocatedPercent partnerships
        delivered
        byCategory { category offers capacity reserved allocated partnerships delivered }
        byRecipientRegion { regionCode regionName partnerships allocated delivered }
      }
    }
  `);
  const LANGUAGE = gql(`
    query LanguageFit($language: String) {
      languageFitReport(language: $language) {
        language
        onlyLanguage { ...LanguageNumbers }
        alsoOtherLanguages { ...LanguageNumbers }
        total { ...LanguageNumbers }
        supply { offers capacity remaining }
      }
    }
    fragment LanguageNumbers on LanguageFitFigures {
      gaps demand confirmed confirmedInLanguage proposed proposedInLanguage
      unmet coveredPercent inLanguagePercent
    }
  `);
  const OUTCOMES = gql(`
    query PartnershipOutcomes($filter: OutcomeReportFilter, $first: Int) {
      partnershipOutcomes(filter: $filter, first: $first) {
        totalCount
        summary { partnerships measured improved reachedTarget averageTargetProgressPercent }
        edges {
          node {
            partnershipId gapId memberStateIso3 donorIso3 category capability status
            quantity delivered indicator baseline target after measuredOn change
            targetProgressPercent
          }
        }
      }
    }
  `);
  const TREND = gql(`
    query GapTrend($filter: GapReportFilter!) {
      gapTrend(filter: $filter) {
        months { month opened matched delivered }
        totals { opened matched delivered }
      }
    }
  `);
  const DEMAND_MAP = gql(`
    query OpenDemandMap($filter: GapReportFilter) {
      openDemandByMemberState(filter: $filter) {
        memberStateIso3 regionCode subRegionCode gaps demand confirmed proposed unmet open
      }
    }
  `);
  const LANGUAGE_DEFAULT = gql(`
    query DefaultLanguageFit { languageFitReport { language } }
  `);

  async function data<Result, Variables>(
    query: TypedDocumentString<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    const response = await api.as('analyst')(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  describe('coverageReport', () => {
    it('by category: MEDICAL (G1, G2) then ENGINEERING (G3, G4), most unmet first', async () => {
      const { coverageReport } = await data(COVERAGE, { by: 'CATEGORY' });
      expect(coverageReport).toEqual(COVERAGE_BY_CATEGORY);
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
    it('open longer than 30 days: G1 (100 days) and G4 (40 days), oldest first', async () => {
      const { persistentGaps } = await data(PERSISTENT, { days: 30 });
      expect(persistentGaps.totalCount).toBe(2);
      expect(persistentGaps.edges.map((edge) => edge.node)).toEqual([
        { gapId: id.G1, ...PERSISTENT_G1, runsUnmet: null },
        { gapId: id.G4, ...PERSISTENT_G4, runsUnmet: null },
      ]);
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
    it('filters by donor and category', async () => {
      const { donorSummaries } = await data(DONORS, {
        filter: { donor: ['USA'], category: ['ENGINEERING'] },
      });
      expect(donorSummaries).toHaveLength(1);
      expect(donorSummaries[0]).toMatchObject(USA_ENGINEERING_SUMMARY);
    });
  });

  describe('languageFitReport', () => {
    it('defaults to French and refuses an unknown language code', async () => {
      const { languageFitReport } = await data(LANGUAGE_DEFAULT, {});
      expect(languageFitReport.language).toBe('fr');
      const response = await api.as('analyst')(LANGUAGE, { language: 'french' });
      expect(response.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'language',
      });
    });
  });

  describe('partnershipOutcomes', () => {
    it('measured only, and by donor', async () => {
      const measured = await data(OUTCOMES, { filter: { measuredOnly: true } });
      expect(measured.partnershipOutcomes.totalCount).toBe(1);
      expect(measured.partnershipOutcomes.edges).toEqual([
        { node: { partnershipId: id.P1, gapId: id.G1, ...OUTCOME_P1 } },
      ]);
      const france = await data(OUTCOMES, { filter: { donor: ['FRA'] } });
      expect(france.partnershipOutcomes.totalCount).toBe(0);
    });
  });

  // Sent as plain strings: one loop over documents of different types.
  const EVERY_REPORT: [string, string, Record<string, unknown>][] = [
    ['coverageReport', String(COVERAGE), { by: 'MEMBER_STATE' }],
    ['persistentGaps', String(PERSISTENT), { days: 0, runs: 1 }],
    ['donorSummaries', String(DONORS), {}],
    ['languageFitReport', String(LANGUAGE), {}],
    ['partnershipOutcomes', String(OUTCOMES), {}],
    [
      'gapTrend',
      String(TREND),
      { filter: { period: { from: '2021-01-01', to: '2030-12-31' }, priority: ['HIGH', 'LOW'] } },
    ],
    ['openDemandByMemberState', String(DEMAND_MAP), { filter: { priority: ['HIGH', 'LOW'] } }],
  ];

  it('gapTrend and openDemandByMemberState answer with the shared filters', async () => {
    const { gapTrend } = await data(TREND, {
      filter: { period: { from: '2021-01-01', to: '2030-12-31' }, region: ['142'] },
    });
    expect(gapTrend.months).toHaveLength(120);
    // BGD's G3: opened, matched (P2) and delivered.
    expect(gapTrend.totals).toEqual({ opened: 1, matched: 1, delivered: 1 });
    const { openDemandByMemberState } = await data(DEMAND_MAP, { filter: { region: ['142'] } });
    expect(openDemandByMemberState).toEqual([
      {
        memberStateIso3: 'BGD',
        regionCode: '142',
        subRegionCode: '034',
        gaps: 1,
        demand: 30,
        confirmed: 30,
        proposed: 0,
        unmet: 0,
        open: 0,
      },
    ]);
    const missing = await api.as('analyst')(TREND, { filter: { region: ['142'] } });
    expect(missing.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.period',
    });
  });

  it('refuses donor summaries to a T/PCC (FORBIDDEN); a donor and T/PCC read the others', async () => {
    // What they see in each: test/reports-scope.e2e-spec.ts.
    for (const who of ['donor', 'tpcc'] as const) {
      for (const [field, query, variables] of EVERY_REPORT) {
        const response = await api.as(who)(query, variables);
        const refused = who === 'tpcc' && field === 'donorSummaries';
        expect({ who, field, code: response.body.errors?.[0].extensions?.code }).toEqual({
          who,
          field,
          code: refused ? 'FORBIDDEN' : undefined,
        });
        if (refused) expect(response.body.data).toBeNull();
      }
    }
  });

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
    const { coverageReport } = await data(COVERAGE, { by: 'CATEGORY' });
    expect(coverageReport.totals.gaps).toBe(404);
  });
});
