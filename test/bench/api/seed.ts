/**
 * Bulk SQL seed of the bench:api database: gaps, offers, succeeded match runs with their proposals,
 * and partnerships for the confirmed ones, with skewed, realistic distributions (a few T/PCCs,
 * donors and categories carry most of the volume; most gaps have a few proposals per run, some
 * many, some none). Deterministic: `setseed` fixes PostgreSQL's random() for the session, so every
 * run of the benchmark measures the same rows. A few set-based statements, no GraphQL: seconds,
 * not minutes.
 */
import { Client } from 'pg';

import { CAPABILITY_CATALOGUE } from '@app/domain';

export interface SeedSizes {
  gaps: number;
  offers: number;
  proposals: number;
  /** Succeeded match runs the proposals are spread over (the last one is the current run). */
  runs: number;
}

export interface SeedSummary {
  gaps: number;
  offers: number;
  runs: number;
  proposals: number;
  partnerships: number;
  latestRunId: string;
  proposalsByStatus: Record<string, number>;
  seconds: number;
}

/** T/PCCs with most gaps first (roughly the largest contributors of uniformed personnel). */
const TPCCS = [
  'NPL', 'BGD', 'IND', 'RWA', 'PAK', 'GHA', 'IDN', 'EGY', 'CHN', 'TZA',
  'SEN', 'MAR', 'ETH', 'ZMB', 'BFA', 'TCD', 'NER', 'TGO', 'MWI', 'KEN',
  'URY', 'JOR', 'MNG', 'KHM', 'BRA', 'NGA', 'CMR', 'GIN', 'BEN', 'MYS',
]; // prettier-ignore

/** Donors with most offers first. */
const DONORS = [
  'USA', 'GBR', 'FRA', 'DEU', 'JPN', 'CAN', 'NLD', 'NOR', 'SWE', 'AUS',
  'CHN', 'ITA', 'KOR', 'CHE', 'IRL', 'BEL', 'FIN', 'DNK', 'NZL', 'AUT',
]; // prettier-ignore

export async function seedBenchData(databaseUrl: string, sizes: SeedSizes): Promise<SeedSummary> {
  const started = performance.now();
  const categories = Object.keys(CAPABILITY_CATALOGUE);
  const capabilities = Object.values(CAPABILITY_CATALOGUE).map((list) =>
    list.map(({ code }) => code),
  );
  // Capabilities per category padded to one width (a 2-D PostgreSQL array must be rectangular).
  const width = Math.max(...capabilities.map((list) => list.length));
  const matrix = capabilities.map((list) =>
    Array.from({ length: width }, (_, index) => list[index % list.length]),
  );
  const sizesOf = capabilities.map((list) => list.length);

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.42)');
    // Gaps: power-law over T/PCCs and categories, 85 % in a mission, created over two years.
    await client.query(
      `WITH mission_list AS (SELECT array_agg(code ORDER BY established_on, code) AS list FROM missions)
       INSERT INTO capability_gaps (created_at, updated_at, member_state_iso3, mission_code,
         unit_type, category, capability, title, description, quantity, unit, priority, languages,
         needed_from, needed_by, source, status, objective_indicator, objective_baseline,
         objective_target)
       SELECT created, created, tpcc, mission, 'Infantry battalion', category::category,
              capability, 'Bench gap ' || i || ': ' || capability, '', quantity,
              'TRAINEES', priority::priority, languages, created::date + 30,
              created::date + 120 + (i % 300), source::gap_source, status::gap_status,
              '% of patrols with certified personnel', 30, 90
       FROM (
         SELECT i, now() - (r1 * 730) * interval '1 day' AS created,
                ($2::text[])[1 + floor(power(r2, 2) * cardinality($2::text[]))::int] AS tpcc,
                CASE WHEN r3 < 0.85
                     THEN mission_list.list[1 + floor(power(r3 / 0.85, 1.5) * cardinality(mission_list.list))::int]
                END AS mission,
                ($3::text[])[c] AS category,
                ($4::text[])[c][1 + floor(r5 * ($5::int[])[c])::int] AS capability,
                1 + floor(power(r6, 2) * 120)::int AS quantity,
                CASE WHEN r7 < 0.10 THEN 'CRITICAL' WHEN r7 < 0.40 THEN 'HIGH'
                     WHEN r7 < 0.80 THEN 'MEDIUM' ELSE 'LOW' END AS priority,
                CASE WHEN r8 < 0.50 THEN '{en}' WHEN r8 < 0.80 THEN '{fr}'
                     WHEN r8 < 0.95 THEN '{en,fr}' WHEN r8 < 0.98 THEN '{ar,en}'
                     ELSE '{es,pt}' END::text[] AS languages,
                (ARRAY['PCRS_ASSESSMENT', 'PERFORMANCE_EVALUATION', 'SELF_DECLARED'])[1 + i % 3] AS source,
                CASE WHEN r9 < 0.80 THEN 'OPEN' WHEN r9 < 0.90 THEN 'DRAFT'
                     WHEN r9 < 0.95 THEN 'CANCELLED' ELSE 'CLOSED' END AS status
         FROM (
           SELECT i, random() AS r1, random() AS r2, random() AS r3,
                  1 + floor(power(random(), 1.4) * cardinality($3::text[]))::int AS c,
                  random() AS r5, random() AS r6, random() AS r7, random() AS r8, random() AS r9
           FROM generate_series(1, $1) AS i
         ) draws, mission_list
       ) gaps`,
      [sizes.gaps, TPCCS, categories, matrix, sizesOf],
    );
    // Offers: power-law over donors and categories, one to three capabilities of the category.
    await client.query(
      `INSERT INTO offers (created_at, updated_at, donor_iso3, category, capabilities, title,
         description, capacity, unit, languages, eligible, excluded, available_from,
         available_to, status)
       SELECT created, created, donor, category::category, capabilities,
              'Bench offer ' || i || ': ' || capabilities[1], '', capacity, 'TRAINEES',
              languages, '{}', '{}', created::date, created::date + 540, status::offer_status
       FROM (
         SELECT i, now() - (r1 * 730) * interval '1 day' AS created,
                ($2::text[])[1 + floor(power(r2, 2) * cardinality($2::text[]))::int] AS donor,
                ($3::text[])[c] AS category,
                (SELECT array_agg(DISTINCT ($4::text[])[c][1 + (k * 3 + i) % ($5::int[])[c]])
                 FROM generate_series(0, n - 1) AS k) AS capabilities,
                20 + floor(power(r6, 2) * 380)::int AS capacity,
                CASE WHEN r8 < 0.40 THEN '{en}' WHEN r8 < 0.60 THEN '{fr}'
                     WHEN r8 < 0.95 THEN '{en,fr}' ELSE '{ar,en,fr}' END::text[] AS languages,
                CASE WHEN r9 < 0.85 THEN 'OPEN' WHEN r9 < 0.90 THEN 'DRAFT'
                     WHEN r9 < 0.95 THEN 'WITHDRAWN' ELSE 'EXPIRED' END AS status
         FROM (
           SELECT i, random() AS r1, random() AS r2,
                  1 + floor(power(random(), 1.4) * cardinality($3::text[]))::int AS c,
                  1 + floor(random() * 3)::int AS n, random() AS r6, random() AS r8,
                  random() AS r9
           FROM generate_series(1, $1) AS i
         ) draws
       ) offers`,
      [sizes.offers, DONORS, categories, matrix, sizesOf],
    );
    // Succeeded runs, one every few days; the last one is the current run.
    await client.query(
      `INSERT INTO match_runs (created_at, updated_at, requested_by, status, progress, phase,
         stats, started_at, finished_at)
       SELECT at, at, 'bench', 'SUCCEEDED', 100, 'done', '{}', at, at + interval '3 seconds'
       FROM (SELECT now() - ($1 - r) * interval '4 days' - interval '1 hour' AS at
             FROM generate_series(1, $1) AS r) runs`,
      [sizes.runs],
    );
    // Proposals: per run, each published gap gets 0 to 5 offers of its category (1.3 on average),
    // quantities splitting what it needs; enough candidates are drawn, then exactly `proposals`
    // are kept, newest runs first. The current run's are mostly PROPOSED (some answered), earlier
    // runs' mostly SUPERSEDED.
    await client.query(
      `WITH runs AS (
         SELECT id, created_at, row_number() OVER (ORDER BY created_at DESC) AS age
         FROM match_runs
       ),
       offer_lists AS (
         SELECT category, array_agg(id ORDER BY id) AS ids FROM offers
         WHERE status <> 'DRAFT' GROUP BY category
       ),
       per_gap AS (
         SELECT r.id AS run_id, r.created_at, r.age, g.id AS gap_id, g.quantity, o.ids,
                LEAST(floor(power(random(), 2.5) * 6)::int, cardinality(o.ids), g.quantity) AS k,
                floor(random() * 100000)::int AS start
         FROM runs r
         CROSS JOIN capability_gaps g
         JOIN offer_lists o ON o.category = g.category
         WHERE g.status NOT IN ('DRAFT')
       ),
       candidates AS (
         SELECT p.run_id, p.created_at, p.age, p.gap_id, p.ids[1 + (p.start + j * 7) % cardinality(p.ids)] AS offer_id,
                greatest(1, p.quantity / p.k) AS quantity, random() AS r
         FROM per_gap p, generate_series(0, p.k - 1) AS j
         WHERE p.k > 0
       ),
       kept AS (
         SELECT DISTINCT ON (run_id, gap_id, offer_id) * FROM candidates
       ),
       limited AS (
         SELECT * FROM kept ORDER BY age, r LIMIT $1
       )
       INSERT INTO proposals (created_at, updated_at, run_id, gap_id, offer_id, quantity, score,
         breakdown, explanation, status, tpcc_response, donor_response)
       SELECT created_at, created_at, run_id, gap_id, offer_id, quantity, round((0.2 + 0.8 * r)::numeric, 4),
              jsonb_build_object('priority', 0.25, 'urgency', 0.1, 'capability', 0.15,
                'language', 0.15, 'region', 0.05, 'partnership', 0, 'deliveryMode', 0.1),
              'Same capability; language matches; needed within 90 days', status::proposal_status,
              (CASE WHEN status IN ('ACCEPTED', 'CONFIRMED') THEN 'ACCEPTED'
                    WHEN status = 'DECLINED' THEN 'DECLINED' ELSE 'PENDING' END)::proposal_response,
              (CASE WHEN status = 'CONFIRMED' THEN 'ACCEPTED' ELSE 'PENDING' END)::proposal_response
       FROM (
         SELECT l.*,
                CASE WHEN age = 1 THEN
                       CASE WHEN s < 0.85 THEN 'PROPOSED' WHEN s < 0.92 THEN 'ACCEPTED'
                            WHEN s < 0.97 THEN 'CONFIRMED' ELSE 'DECLINED' END
                     ELSE
                       CASE WHEN s < 0.88 THEN 'SUPERSEDED' WHEN s < 0.95 THEN 'EXPIRED'
                            ELSE 'DECLINED' END
                END AS status
         FROM (SELECT limited.*, random() AS s FROM limited) l
       ) chosen`,
      [sizes.proposals],
    );
    // Partnerships for the confirmed proposals, part delivered; then the committed quantities.
    await client.query(
      `INSERT INTO partnerships (created_at, updated_at, proposal_id, gap_id, offer_id, quantity,
         delivered_quantity, status)
       SELECT created_at, created_at, id, gap_id, offer_id, quantity, delivered,
              (CASE WHEN delivered = quantity THEN 'COMPLETED' ELSE 'ACTIVE' END)::partnership_status
       FROM (SELECT p.*, floor(random() * (p.quantity + 1))::int AS delivered
             FROM proposals p WHERE p.status = 'CONFIRMED') confirmed`,
    );
    await client.query(
      `UPDATE capability_gaps g
       SET reserved_quantity = c.reserved, confirmed_quantity = c.confirmed,
           status = (CASE WHEN c.confirmed = 0 THEN g.status::text
                          WHEN c.confirmed >= g.quantity THEN 'MATCHED'
                          ELSE 'PARTIALLY_MATCHED' END)::gap_status
       FROM (SELECT gap_id,
                    COALESCE(sum(quantity) FILTER (WHERE status = 'ACCEPTED'), 0)::int AS reserved,
                    COALESCE(sum(quantity) FILTER (WHERE status = 'CONFIRMED'), 0)::int AS confirmed
             FROM proposals GROUP BY gap_id) c
       WHERE c.gap_id = g.id AND (c.reserved > 0 OR c.confirmed > 0)`,
    );
    // An offer's capacity grows where the seed committed more than it had (the engine never would).
    await client.query(
      `UPDATE offers o
       SET capacity = GREATEST(o.capacity, c.reserved + c.confirmed),
           reserved_capacity = c.reserved, confirmed_capacity = c.confirmed,
           status = (CASE WHEN c.confirmed = 0 THEN o.status::text
                          ELSE 'PARTIALLY_ALLOCATED' END)::offer_status
       FROM (SELECT offer_id,
                    COALESCE(sum(quantity) FILTER (WHERE status = 'ACCEPTED'), 0)::int AS reserved,
                    COALESCE(sum(quantity) FILTER (WHERE status = 'CONFIRMED'), 0)::int AS confirmed
             FROM proposals GROUP BY offer_id) c
       WHERE c.offer_id = o.id AND (c.reserved > 0 OR c.confirmed > 0)`,
    );
    await client.query(
      `UPDATE match_runs r SET stats = jsonb_build_object('proposals', n)
       FROM (SELECT run_id, count(*)::int AS n FROM proposals GROUP BY run_id) c
       WHERE c.run_id = r.id`,
    );
    await client.query('COMMIT');
    // A database in service has been vacuumed (autovacuum, after this many inserts, within a
    // minute): its visibility map lets counts read an index alone. Without this, autovacuum would
    // run during the measurements, at a moment that favours whichever server comes after it.
    await client.query('VACUUM (ANALYZE)');
    return { ...(await summarize(client)), seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export async function summarize(
  databaseUrl: string | Client,
): Promise<Omit<SeedSummary, 'seconds'>> {
  const client =
    typeof databaseUrl === 'string' ? new Client({ connectionString: databaseUrl }) : databaseUrl;
  if (typeof databaseUrl === 'string') await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
    const { rows: statuses } = await client.query<{ status: string; n: number }>(
      'SELECT status::text, count(*)::int AS n FROM proposals GROUP BY status ORDER BY status',
    );
    const { rows: latest } = await client.query<{ id: string }>(
      `SELECT id FROM match_runs WHERE status = 'SUCCEEDED' ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    return {
      gaps: await count('capability_gaps'),
      offers: await count('offers'),
      runs: await count('match_runs'),
      proposals: await count('proposals'),
      partnerships: await count('partnerships'),
      latestRunId: latest[0]?.id ?? '',
      proposalsByStatus: Object.fromEntries(statuses.map((row) => [row.status, row.n])),
    };
  } finally {
    if (typeof databaseUrl === 'string') await client.end();
  }
}
