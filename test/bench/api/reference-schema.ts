/**
 * What PostGraphile needs to answer the benchmark's questions, in a schema of the benchmark's
 * database only (`lcm_bench`; never in a migration). PostGraphile reads tables, their foreign
 * keys (the relation fields of the gap page and the proposal list) and functions; the one thing
 * it cannot derive is the coverage report, so `lcm_bench.coverage_by_category()` runs the very
 * statement ReportsService.coverage sends for `coverageReport(by: CATEGORY)` without a filter
 * (published gaps; open proposals capped at what partnerships leave). Its rows are ours: the
 * total row (total = 1) among them. The benchmark checks both servers give the same figures
 * before it measures anything.
 */
export const REFERENCE_SCHEMA_SQL = `
DROP SCHEMA IF EXISTS lcm_bench CASCADE;
CREATE SCHEMA lcm_bench;

CREATE TYPE lcm_bench.coverage_row AS (
  total integer, key text, label text, gaps integer, demand integer, proposed integer,
  confirmed integer, delivered integer, unmet integer, covered_percent double precision
);

CREATE FUNCTION lcm_bench.coverage_by_category() RETURNS SETOF lcm_bench.coverage_row
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH figures AS (
    SELECT g.category::text AS key, g.category::text AS label, g.quantity AS demand,
           COALESCE(pa.confirmed, 0) AS confirmed, COALESCE(pa.delivered, 0) AS delivered,
           LEAST(COALESCE(pr.open, 0), g.quantity - COALESCE(pa.confirmed, 0)) AS proposed
    FROM capability_gaps g
    JOIN member_states ms ON ms.iso3 = g.member_state_iso3
    LEFT JOIN missions mi ON mi.code = g.mission_code
    LEFT JOIN LATERAL (
      SELECT sum(p.quantity) AS confirmed, sum(p.delivered_quantity) AS delivered
      FROM partnerships p WHERE p.gap_id = g.id
    ) pa ON true
    LEFT JOIN LATERAL (
      SELECT sum(x.quantity) AS open
      FROM proposals x WHERE x.gap_id = g.id AND x.status IN ('PROPOSED', 'ACCEPTED')
    ) pr ON true
    WHERE g.status::text = ANY('{OPEN,PARTIALLY_MATCHED,MATCHED,CLOSED}'::text[])
  )
  SELECT GROUPING(key, label) AS total, key, label, count(*)::int AS gaps,
         COALESCE(sum(demand), 0)::int AS demand,
         COALESCE(sum(proposed), 0)::int AS proposed,
         COALESCE(sum(confirmed), 0)::int AS confirmed,
         COALESCE(sum(delivered), 0)::int AS delivered,
         COALESCE(sum(demand - confirmed - proposed), 0)::int AS unmet,
         round(100.0 * sum(confirmed) / NULLIF(sum(demand), 0), 1)::float8 AS covered_percent
  FROM figures
  GROUP BY GROUPING SETS ((key, label), ())
  ORDER BY total, unmet DESC, key ASC NULLS LAST
$$;
`;
