// The hand-checked data set of the reports: inserted with SQL (the reports only read), shared by
// the service tests of the reports and their e2e contract tests.
import { type DataSource } from 'typeorm';

/**
 * Inserts the data set; returns the ids by key (G1…, O1…, R0…, X1…, P1…) and the names of its
 * member states and missions by code.
 *
 * Gaps (quantity; reserved/confirmed as the proposals and partnerships below imply):
 *   G1 RWA MINUSCA MEDICAL/CASEVAC     40 [fr]     PARTIALLY_MATCHED  opened 100 days ago
 *   G2 SEN MONUSCO MEDICAL/CASEVAC     20 [fr,en]  OPEN               opened  10 days ago (MEDIUM;
 *      every other gap HIGH)
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
export async function seedReportData(
  dataSource: DataSource,
): Promise<{ id: Record<string, string>; name: Record<string, string> }> {
  const id: Record<string, string> = {};
  const name: Record<string, string> = {};

  async function insert(sql: string, params: unknown[]): Promise<string> {
    const [row] = await dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params);
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
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'TRAINEES', $14, $9, '2027-01-01', '2027-12-31',
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
        key === 'G2' ? 'MEDIUM' : 'HIGH',
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
    const [row] = await dataSource.query<{ gap_id: string; offer_id: string }[]>(
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
  const states = await dataSource.query<{ iso3: string; name: string }[]>(
    `SELECT iso3, name FROM member_states WHERE iso3 IN ('RWA', 'SEN', 'BGD', 'USA', 'FRA')`,
  );
  for (const state of states) name[state.iso3] = state.name;
  const missions = await dataSource.query<{ code: string; name: string }[]>(
    `SELECT code, name FROM missions WHERE code IN ('MINUSCA', 'MONUSCO')`,
  );
  for (const mission of missions) name[mission.code] = mission.name;
  return { id, name };
}

/** The figures of a coverage row or total, in the report's order. */
export const figures = (
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

/**
 * All four counted gaps: demand 40+20+30+12 = 102, proposed 15+20 = 35, confirmed 10+30 = 40,
 * delivered 10+12 = 22, unmet 15+12 = 27; covered 40/102 = 39.2 %.
 */
export const TOTALS = figures(4, 102, 35, 40, 22, 27, 39.2);

// Expected figures both the service tests and the e2e contract tests check.

/** Coverage by category: MEDICAL (G1, G2) then ENGINEERING (G3, G4), most unmet first. */
export const COVERAGE_BY_CATEGORY = {
  by: 'CATEGORY',
  rows: [
    // 40+20, 15+20, 10, 10, 15+0; 10/60 = 16.7 %
    { key: 'MEDICAL', label: 'MEDICAL', ...figures(2, 60, 35, 10, 10, 15, 16.7) },
    // 30+12, 0, 30, 12, 0+12; 30/42 = 71.4 %
    { key: 'ENGINEERING', label: 'ENGINEERING', ...figures(2, 42, 0, 30, 12, 12, 71.4) },
  ],
  totals: TOTALS,
};

/**
 * Persistent gaps G1 and G4 (candidates: OPEN or PARTIALLY_MATCHED with quantity − reserved −
 * confirmed > 0: G1 15, G2 20, G4 12; G3 is MATCHED), without their ids.
 */
export const PERSISTENT_G1 = {
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
export const PERSISTENT_G4 = {
  ...PERSISTENT_G1,
  capability: 'C_IED',
  category: 'ENGINEERING',
  demand: 12,
  confirmed: 0,
  proposed: 0,
  unmet: 12,
  daysOpen: 40,
};

/** USA's summary filtered to ENGINEERING: O3 only, P2 to BGD (Asia). */
export const USA_ENGINEERING_SUMMARY = {
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
};

/** Partnership outcome of P1 (G1/O1), without its ids. */
export const OUTCOME_P1 = {
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
