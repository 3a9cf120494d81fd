// Every report's figures on the hand-checked data set (test/support/report-data.ts), computed by
// ReportsService on a real database without HTTP. Access, input errors and statement counts are
// the contract of test/reports.e2e-spec.ts.
import { validateInput } from '@app/common';
import { RequestContext } from '@app/request-context';
import {
  CoverageReportArgs,
  DonorSummariesArgs,
  GapTrendArgs,
  OpenDemandArgs,
  LanguageFitArgs,
  PartnershipOutcomesArgs,
  PersistentGapsArgs,
  ReportsModule,
  ReportsService,
} from '@app/reports';

import {
  COVERAGE_BY_CATEGORY,
  figures,
  OUTCOME_P1,
  PERSISTENT_G1,
  PERSISTENT_G4,
  seedReportData,
  TOTALS,
  USA_ENGINEERING_SUMMARY,
} from '../support/report-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

/** A report as a client receives it (dates as ISO text, no class instances). */
function plain<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Trusted code (no actor): every report across every state. */
const system = RequestContext.forSystem();

describe('ReportsService on the hand-checked data set', () => {
  let service: ServiceTest;
  let reports: ReportsService;
  let id: Record<string, string>;
  let name: Record<string, string>;

  beforeAll(async () => {
    service = await startServiceTest({ imports: [ReportsModule] });
    reports = service.module.get(ReportsService);
    ({ id, name } = await seedReportData(service.dataSource));
  });

  afterAll(async () => {
    await service?.close();
  });

  const coverage = async (args: object) =>
    plain(await reports.coverage(system, await validateInput(CoverageReportArgs, args)));
  const persistent = async (args: object) =>
    plain(await reports.persistentGaps(system, await validateInput(PersistentGapsArgs, args))) as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Record<string, unknown> }[];
    };
  const donors = async (args: object = {}) =>
    plain(
      await reports.donorSummaries(system, await validateInput(DonorSummariesArgs, args)),
    ) as Record<string, unknown>[];
  const languageFit = async (args: object) =>
    plain(await reports.languageFit(system, await validateInput(LanguageFitArgs, args)));
  const outcomes = async (args: object = {}) =>
    plain(
      await reports.partnershipOutcomes(system, await validateInput(PartnershipOutcomesArgs, args)),
    ) as { totalCount: number; edges: { node: Record<string, unknown> }[] };

  /** The UTC day `days` ago, YYYY-MM-DD. */
  const daysAgo = (days: number) =>
    new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  describe('coverage', () => {
    it('by priority: HIGH (G1, G3, G4) then MEDIUM (G2)', async () => {
      expect(await coverage({ by: 'PRIORITY' })).toMatchObject({
        rows: [
          // 40+30+12, 15, 10+30, 10+12, 15+12; 40/82 = 48.8 %
          { key: 'HIGH', label: 'HIGH', ...figures(3, 82, 15, 40, 22, 27, 48.8) },
          { key: 'MEDIUM', label: 'MEDIUM', ...figures(1, 20, 20, 0, 0, 0, 0) },
        ],
        totals: TOTALS,
      });
    });

    it('the shared filters: priority, and the period the gaps opened in', async () => {
      expect(await coverage({ by: 'CATEGORY', filter: { priority: ['MEDIUM'] } })).toMatchObject({
        totals: figures(1, 20, 20, 0, 0, 0, 0),
      });
      // Opened in the last 50 days: G2 (10 days ago) and G4 (40): 32, 20, 0, 0, 12.
      expect(
        await coverage({
          by: 'CATEGORY',
          filter: { period: { from: daysAgo(50), to: daysAgo(0) } },
        }),
      ).toMatchObject({ totals: figures(2, 32, 20, 0, 0, 12, 0) });
      // Up to 150 days ago: G3 (200 days ago) only, and from 300 days ago: all four.
      expect(
        await coverage({ by: 'CATEGORY', filter: { period: { to: daysAgo(150) } } }),
      ).toMatchObject({ totals: figures(1, 30, 0, 30, 12, 0, 100) });
      expect(
        await coverage({ by: 'CATEGORY', filter: { period: { from: daysAgo(300) } } }),
      ).toMatchObject({ totals: TOTALS });
    });

    it('by category: MEDICAL (G1, G2) then ENGINEERING (G3, G4), most unmet first', async () => {
      expect(await coverage({ by: 'CATEGORY' })).toMatchObject(COVERAGE_BY_CATEGORY);
    });

    it('by mission: gaps without one share the row with key null', async () => {
      expect(await coverage({ by: 'MISSION' })).toMatchObject({
        rows: [
          // G1 + G4: 52, 15, 10, 10, 27; 10/52 = 19.2 %
          { key: 'MINUSCA', label: name.MINUSCA, ...figures(2, 52, 15, 10, 10, 27, 19.2) },
          // Unmet 0 for the next two: by key, null last.
          { key: 'MONUSCO', label: name.MONUSCO, ...figures(1, 20, 20, 0, 0, 0, 0) },
          { key: null, label: 'No mission', ...figures(1, 30, 0, 30, 12, 0, 100) },
        ],
        totals: TOTALS,
      });
    });

    it('by region and by T/PCC', async () => {
      expect(await coverage({ by: 'REGION' })).toMatchObject({
        rows: [
          // Africa: G1, G2, G4 = 72, 35, 10, 10, 27; 10/72 = 13.9 %
          { key: '002', label: 'Africa', ...figures(3, 72, 35, 10, 10, 27, 13.9) },
          { key: '142', label: 'Asia', ...figures(1, 30, 0, 30, 12, 0, 100) },
        ],
      });
      expect(await coverage({ by: 'MEMBER_STATE' })).toMatchObject({
        rows: [
          { key: 'RWA', label: name.RWA, ...figures(2, 52, 15, 10, 10, 27, 19.2) },
          { key: 'BGD', label: name.BGD, ...figures(1, 30, 0, 30, 12, 0, 100) },
          { key: 'SEN', label: name.SEN, ...figures(1, 20, 20, 0, 0, 0, 0) },
        ],
      });
    });

    it('by capability within a sub-region (014 Eastern Africa: the RWA gaps G1 and G4)', async () => {
      expect(await coverage({ by: 'CAPABILITY', filter: { region: ['014'] } })).toMatchObject({
        by: 'CAPABILITY',
        rows: [
          { key: 'MEDICAL/CASEVAC', label: 'CASEVAC', ...figures(1, 40, 15, 10, 10, 15, 25) },
          { key: 'ENGINEERING/C_IED', label: 'C_IED', ...figures(1, 12, 0, 0, 0, 12, 0) },
        ],
        totals: figures(2, 52, 15, 10, 10, 27, 19.2),
      });
    });

    it('counts only the statuses asked for, and nothing at all as empty totals', async () => {
      expect(await coverage({ by: 'CATEGORY', filter: { status: ['DRAFT'] } })).toMatchObject({
        rows: [{ key: 'MEDICAL', label: 'MEDICAL', ...figures(1, 99, 0, 0, 0, 99, 0) }],
        totals: figures(1, 99, 0, 0, 0, 99, 0),
      });
      expect(await coverage({ by: 'CATEGORY', filter: { memberState: ['USA'] } })).toMatchObject({
        rows: [],
        totals: { ...figures(0, 0, 0, 0, 0, 0), coveredPercent: null },
      });
    });
  });

  describe('persistent gaps', () => {
    const G1 = PERSISTENT_G1;
    const G4 = PERSISTENT_G4;

    it('open longer than 30 days: G1 (100 days) and G4 (40 days), oldest first', async () => {
      const page = await persistent({ openLongerThanDays: 30 });
      expect(page.totalCount).toBe(2);
      expect(page.edges.map((edge) => edge.node)).toMatchObject([
        { gapId: id.G1, ...G1 },
        { gapId: id.G4, ...G4 },
      ]);
      expect(page.edges.map((edge) => edge.node.runsUnmet ?? null)).toEqual([null, null]);
    });

    it('unmet by each of the last 2 runs (R2, R1): only G1', async () => {
      // G1: R1 proposed 10 < 40; R2 proposed 15 + R1's confirmed 10 = 25 < 40: unmet twice.
      // G2: R1 proposed 8 < 20; R2 proposed 20 = 20: met by R2.
      // G4: R1 nothing; R2 proposed all 12 (declined later, but the run did propose it).
      const page = await persistent({ unmetInLastRuns: 2 });
      expect(page.edges.map((edge) => edge.node)).toMatchObject([
        { gapId: id.G1, ...G1, runsUnmet: 2 },
      ]);
      const both = await persistent({ openLongerThanDays: 30, unmetInLastRuns: 2 });
      expect(both.edges.map((edge) => edge.node.gapId)).toEqual([id.G1]);
    });

    it('counts only runs after the gap opened: none over the last 3 (R0 is older than G1)', async () => {
      expect(await persistent({ unmetInLastRuns: 3 })).toMatchObject({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    });

    it('pages oldest first with a cursor', async () => {
      const first = await persistent({ openLongerThanDays: 0, first: 2 });
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((edge) => edge.node.gapId)).toEqual([id.G1, id.G4]);
      const next = await persistent({
        openLongerThanDays: 0,
        first: 2,
        after: first.pageInfo.endCursor,
      });
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect(next.edges.map((edge) => edge.node.gapId)).toEqual([id.G2]);
    });
  });

  describe('donor summaries', () => {
    it('FRA then USA, with categories and recipient regions; drafts and withdrawn left out', async () => {
      expect(await donors()).toMatchObject([
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

    it("the gap's filters narrow the partnerships, not the offers (region 142: P2 only)", async () => {
      const [usa] = await donors({ filter: { donor: ['USA'], region: ['142'] } });
      expect(usa).toMatchObject({
        offers: 3,
        capacity: 190,
        partnerships: 1,
        delivered: 12,
        byRecipientRegion: [
          { regionCode: '142', regionName: 'Asia', partnerships: 1, allocated: 30, delivered: 12 },
        ],
      });
      // Offers posted in a period before any of them: no donor.
      expect(await donors({ filter: { period: { to: daysAgo(10) } } })).toEqual([]);
    });

    it('filters by donor and category', async () => {
      const summaries = await donors({ filter: { donor: ['USA'], category: ['ENGINEERING'] } });
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toMatchObject(USA_ENGINEERING_SUMMARY);
    });
  });

  it('language fit in French: gaps accepting only French, French among others, the French supply', async () => {
    expect(await languageFit({ language: 'fr' })).toMatchObject({
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

  describe('partnership outcomes', () => {
    const P1 = OUTCOME_P1;
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
      expect(await outcomes()).toMatchObject({
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

    it('the shared gap filters: mission, region, priority, period', async () => {
      const ids = async (filter: object) =>
        (await outcomes({ filter })).edges.map((edge) => edge.node.partnershipId);
      expect(await ids({ mission: ['MINUSCA'] })).toEqual([id.P1]);
      expect(await ids({ region: ['142'] })).toEqual([id.P2]);
      expect(await ids({ priority: ['MEDIUM'] })).toEqual([]);
      expect(await ids({ period: { from: daysAgo(150) } })).toEqual([id.P1]);
    });

    it('measured only, and by donor', async () => {
      const measured = await outcomes({ filter: { measuredOnly: true } });
      expect(measured.totalCount).toBe(1);
      expect(measured.edges).toMatchObject([
        { node: { partnershipId: id.P1, gapId: id.G1, ...P1 } },
      ]);
      expect((await outcomes({ filter: { donor: ['FRA'] } })).totalCount).toBe(0);
    });
  });

  describe('open demand by T/PCC (the map)', () => {
    it('each T/PCC with its M49 region, most open demand first', async () => {
      const rows = plain(await reports.openDemand(system, await validateInput(OpenDemandArgs, {})));
      expect(rows).toEqual([
        // G1 + G4: 52 demand, 10 confirmed, 15 proposed, 27 unmet; open 52 − 10 = 42
        {
          memberStateIso3: 'RWA',
          memberStateName: name.RWA,
          regionCode: '002',
          regionName: 'Africa',
          subRegionCode: '014',
          subRegionName: 'Eastern Africa',
          gaps: 2,
          demand: 52,
          confirmed: 10,
          proposed: 15,
          unmet: 27,
          open: 42,
        },
        expect.objectContaining({
          memberStateIso3: 'SEN',
          gaps: 1,
          demand: 20,
          confirmed: 0,
          proposed: 20,
          unmet: 0,
          open: 20,
          regionCode: '002',
        }),
        expect.objectContaining({
          memberStateIso3: 'BGD',
          gaps: 1,
          demand: 30,
          confirmed: 30,
          proposed: 0,
          unmet: 0,
          open: 0,
          regionCode: '142',
        }),
      ]);
      const asia = plain(
        await reports.openDemand(
          system,
          await validateInput(OpenDemandArgs, { filter: { region: ['142'] } }),
        ),
      );
      expect(asia).toMatchObject([{ memberStateIso3: 'BGD' }]);
    });
  });

  describe('gap trend', () => {
    const trend = async (filter: object) =>
      plain(await reports.gapTrend(system, await validateInput(GapTrendArgs, { filter }))) as {
        months: { month: string; opened: number; matched: number; delivered: number }[];
        totals: { opened: number; matched: number; delivered: number };
      };
    /** Expected months from `from` days ago to today, with each event's month counted. */
    function expected(
      fromDaysAgo: number,
      events: Record<'opened' | 'matched' | 'delivered', number[]>,
    ) {
      const months = new Map<
        string,
        { month: string; opened: number; matched: number; delivered: number }
      >();
      const start = new Date(`${daysAgo(fromDaysAgo).slice(0, 7)}-01T00:00:00Z`);
      for (
        let day = start;
        day <= new Date();
        day = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1))
      ) {
        const month = day.toISOString().slice(0, 7);
        months.set(month, { month, opened: 0, matched: 0, delivered: 0 });
      }
      for (const [kind, ages] of Object.entries(events) as [
        'opened' | 'matched' | 'delivered',
        number[],
      ][]) {
        for (const age of ages) months.get(daysAgo(age).slice(0, 7))![kind] += 1;
      }
      return [...months.values()];
    }

    it('opened (G3 200, G1 100, G4 40, G2 10 days ago), matched (P1 4, P2 3 days ago: their first partnerships), delivered (P1, P2: no audit entry, so their last update, today)', async () => {
      const result = await trend({ period: { from: daysAgo(250), to: daysAgo(0) } });
      expect(result.months).toEqual(
        expected(250, { opened: [200, 100, 40, 10], matched: [4, 3], delivered: [0, 0] }),
      );
      expect(result.totals).toMatchObject({ opened: 4, matched: 2, delivered: 2 });
    });

    it('with the shared filters, and events outside the period left out', async () => {
      const medium = await trend({
        period: { from: daysAgo(250), to: daysAgo(0) },
        priority: ['MEDIUM'],
      });
      expect(medium.totals).toMatchObject({ opened: 1, matched: 0, delivered: 0 });
      // Up to 50 days ago: only G3 and G1 opened; nothing matched or delivered yet.
      const early = await trend({ period: { from: daysAgo(250), to: daysAgo(50) } });
      expect(early.totals).toMatchObject({ opened: 2, matched: 0, delivered: 0 });
    });

    it('counts an ACCEPTED answer as the match, and a recorded delivery at its audit entry', async () => {
      // G2's proposal X3 accepted by the T/PCC 6 days ago; P1's delivery recorded 2 days ago.
      await service.dataSource.query(
        `UPDATE proposals SET tpcc_response = 'ACCEPTED', tpcc_responded_at = now() - interval '6 days' WHERE id = $1`,
        [id.X3],
      );
      await service.dataSource.query(
        `INSERT INTO audit_entries (occurred_at, request_id, action, kind, entity_type, entity_id, changes)
         VALUES (now() - interval '2 days', 'test', 'recordPartnershipDelivery', 'UPDATE', 'Partnership', $1,
                 '{"deliveredQuantity": {"before": 0, "after": 10}}')`,
        [id.P1],
      );
      try {
        const result = await trend({ period: { from: daysAgo(250), to: daysAgo(0) } });
        expect(result.months).toEqual(
          expected(250, { opened: [200, 100, 40, 10], matched: [6, 4, 3], delivered: [2, 0] }),
        );
      } finally {
        await service.dataSource.query(
          `UPDATE proposals SET tpcc_response = 'PENDING', tpcc_responded_at = NULL WHERE id = $1`,
          [id.X3],
        );
      }
    });

    it('needs both ends of the period', async () => {
      await expect(trend({ period: { from: daysAgo(10) } })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.period',
      });
    });
  });
});
