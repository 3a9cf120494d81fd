import { type DataSource } from 'typeorm';

// The rows the list tests read (test/lists.e2e-spec.ts over HTTP, test/service/lists.service-spec.ts
// on the services), written with SQL: 60 gaps, 12 offers, two runs of proposals and a few
// partnerships, with many ties on every sort value so that orderings exercise the id tie-break.

const STATES = ['RWA', 'SEN', 'BGD', 'NPL', 'FRA'];
const MISSIONS = ['MINUSCA', 'UNMISS', null];
const PRIORITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const LANGUAGES = ['{en}', '{fr}', '{fr,en}'];
const GAP_STATUSES = ['OPEN', 'OPEN', 'PARTIALLY_MATCHED', 'DRAFT', 'OPEN', 'CANCELLED'];
const DONORS = ['USA', 'GBR', 'DEU'];
export const GAPS = 60;
const OFFERS = 12;

/** Writes the list tests' rows into the file's fresh copy of the migrated template database. */
export async function writeListData(dataSource: DataSource): Promise<void> {
  const sql = (text: string, values: unknown[] = []) => dataSource.query(text, values);
  for (let i = 0; i < GAPS; i += 1) {
    const technology = i % 5 === 0;
    await sql(
      `INSERT INTO capability_gaps (member_state_iso3, mission_code, category, capability, title, quantity,
         reserved_quantity, unit, priority, languages, needed_from, needed_by, source, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'TRAINEES', $8, $9, '2027-01-01', $10, 'SELF_DECLARED', $11,
         TIMESTAMPTZ '2026-11-01T10:00:00Z' + make_interval(secs => $12))`,
      [
        STATES[i % STATES.length],
        MISSIONS[i % MISSIONS.length],
        technology ? 'TECHNOLOGY' : 'MEDICAL',
        technology ? 'C_IED' : i % 2 ? 'CASEVAC' : 'LEVEL_2_HOSPITAL',
        `${['Alpha', 'Bravo', 'Charlie'][i % 3]} team ${i % 4 === 0 ? 'hospital' : 'training'}`,
        10 * ((i % 4) + 1),
        i % 7 === 0 ? 5 : 0,
        PRIORITIES[i % PRIORITIES.length],
        LANGUAGES[i % LANGUAGES.length],
        ['2027-03-31', '2027-06-30', '2027-09-30'][i % 3],
        GAP_STATUSES[i % GAP_STATUSES.length],
        i % 4, // four distinct creation times: 15 gaps each
      ],
    );
  }
  for (let j = 0; j < OFFERS; j += 1) {
    await sql(
      `INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, unit, languages,
         available_from, available_to, status, created_at)
       VALUES ($1, $2, $3, $4, $5, 'TRAINEES', $6, $7, $8, $9,
         TIMESTAMPTZ '2026-11-02T10:00:00Z' + make_interval(secs => $10))`,
      [
        DONORS[j % DONORS.length],
        j % 4 === 0 ? 'TECHNOLOGY' : 'MEDICAL',
        j % 4 === 0 ? '{}' : j % 2 ? '{CASEVAC}' : '{}',
        `${['Lifesaver', 'Field hospital'][j % 2]} course`,
        50 * ((j % 3) + 1),
        j % 2 ? '{en}' : '{fr}',
        ['2027-01-01', '2027-04-01'][j % 2],
        ['2027-03-31', '2027-12-31'][j % 2],
        j === 11 ? 'DRAFT' : 'OPEN',
        j % 3,
      ],
    );
  }
  const [{ id: oldRun }] = await sql(
    `INSERT INTO match_runs (requested_by, status, created_at) VALUES ('test', 'SUCCEEDED', '2026-11-03') RETURNING id`,
  );
  const [{ id: run }] = await sql(
    `INSERT INTO match_runs (requested_by, status, created_at) VALUES ('test', 'SUCCEEDED', '2026-11-04') RETURNING id`,
  );
  // Each gap but the drafts and cancelled: two proposals in the latest run (same created_at for
  // all of them), one SUPERSEDED in the older run; scores and quantities with many ties.
  await sql(
    `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status, created_at)
     SELECT CASE WHEN pair.k = 2 THEN $2::uuid ELSE $1::uuid END, gap.id, offer.id, 1 + (gap.n + pair.k) % 3,
            0.25 * (1 + (gap.n + pair.k) % 4), '{}', 'test',
            CASE WHEN pair.k = 2 THEN 'SUPERSEDED'::proposal_status ELSE 'PROPOSED'::proposal_status END,
            CASE WHEN pair.k = 2 THEN TIMESTAMPTZ '2026-11-03T00:00:00Z' ELSE TIMESTAMPTZ '2026-11-04T00:00:00Z' END
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM capability_gaps
           WHERE status NOT IN ('DRAFT', 'CANCELLED')) gap
     CROSS JOIN (VALUES (0), (1), (2)) AS pair(k)
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS m FROM offers WHERE status = 'OPEN') offer
       ON offer.m = (gap.n + pair.k) % 11`,
    [run, oldRun],
  );
  // Partnerships on a few proposals of the latest run.
  await sql(
    `WITH chosen AS (
       SELECT id, gap_id, offer_id, quantity, row_number() OVER (ORDER BY id) AS n FROM proposals
       WHERE run_id = $1 ORDER BY id LIMIT 9)
     INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity, delivered_quantity, status)
     SELECT id, gap_id, offer_id, quantity, LEAST(quantity, n % 2), CASE WHEN n % 3 = 0 THEN 'COMPLETED'::partnership_status ELSE 'ACTIVE'::partnership_status END
     FROM chosen`,
    [run],
  );
  await sql(
    `UPDATE proposals SET status = 'CONFIRMED' WHERE id IN (SELECT proposal_id FROM partnerships)`,
  );
}

/** Ids in the order SQL gives, sorted by an expression written apart from the services'. */
export async function idsInSqlOrder(
  dataSource: DataSource,
  table: string,
  expression: string,
  direction: string,
  idDirection = direction,
): Promise<string[]> {
  const rows = await dataSource.query<{ id: string }[]>(
    `SELECT id::text AS id FROM ${table} ORDER BY ${expression} ${direction}, id ${idDirection}`,
  );
  return rows.map((row) => row.id);
}

/** The ids a query selects, sorted; none is a mistake of the test's data (a filter would pass). */
export async function sortedIds(
  dataSource: DataSource,
  text: string,
  values: unknown[] = [],
): Promise<string[]> {
  const rows = await dataSource.query<{ id: string }[]>(text, values);
  expect(rows.length).toBeGreaterThan(0);
  return rows.map((row) => row.id).sort();
}
