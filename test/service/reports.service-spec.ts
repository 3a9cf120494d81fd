// Every report's figures on the hand-checked data set (test/support/report-data.ts), computed by
// ReportsService on a real database without HTTP. Access, input errors and statement counts are
// the contract of test/reports.e2e-spec.ts.
import { validateInput } from '@app/common';
import {
  CoverageReportArgs,
  DonorSummariesArgs,
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
    plain(await reports.coverage(await validateInput(CoverageReportArgs, args)));
  const persistent = async (args: object) =>
    plain(await reports.persistentGaps(await validateInput(PersistentGapsArgs, args))) as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Record<string, unknown> }[];
    };
  const donors = async (args: object = {}) =>
    plain(await reports.donorSummaries(await validateInput(DonorSummariesArgs, args))) as Record<
      string,
      unknown
    >[];
  const languageFit = async (args: object) =>
    plain(await reports.languageFit(await validateInput(LanguageFitArgs, args)));
  const outcomes = async (args: object = {}) =>
    plain(
      await reports.partnershipOutcomes(await validateInput(PartnershipOutcomesArgs, args)),
    ) as { totalCount: number; edges: { node: Record<string, unknown> }[] };

  describe('coverage', () => {
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

    it('measured only, and by donor', async () => {
      const measured = await outcomes({ filter: { measuredOnly: true } });
      expect(measured.totalCount).toBe(1);
      expect(measured.edges).toMatchObject([
        { node: { partnershipId: id.P1, gapId: id.G1, ...P1 } },
      ]);
      expect((await outcomes({ filter: { donor: ['FRA'] } })).totalCount).toBe(0);
    });
  });
});
