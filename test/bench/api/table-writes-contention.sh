#!/usr/bin/env bash
# The write cost of the response cache's table_writes triggers, in PostgreSQL alone (no API):
# pgbench clients run short transactions that write two tables with a few milliseconds between
# the statements (as a service's transaction does, between its round trips), for each design:
#   none     no trigger
#   log      the migration's design: one (transaction, table) row in table_writes
#   counter  one version row per table, bumped by each write (held locked until commit)
# Each design runs twice: at a fixed rate (RATE transactions/s over all clients, default 50;
# latencies include the wait for a free client, pgbench --rate) and as fast as it goes.
# Usage: test/bench/api/table-writes-contention.sh [clients=16] [seconds=10]
# Needs pgbench and a PostgreSQL at BENCH_DATABASE_SERVER (default postgres://postgres@127.0.0.1:5432).
set -euo pipefail
CLIENTS=${1:-16}
SECONDS_EACH=${2:-10}
RATE=${RATE:-50}
SERVER=${BENCH_DATABASE_SERVER:-postgres://postgres@127.0.0.1:5432}
DB=lcm_bench_table_writes
psql -q "$SERVER/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
trap 'psql -q "$SERVER/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
psql -q "$SERVER/$DB" <<'SQL'
CREATE TABLE table_writes (xid xid8 NOT NULL, table_name text NOT NULL, PRIMARY KEY (xid, table_name));
CREATE TABLE table_versions (table_name text PRIMARY KEY, version bigint NOT NULL);
CREATE FUNCTION record_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO table_writes VALUES (pg_current_xact_id(), TG_TABLE_NAME) ON CONFLICT DO NOTHING;
  RETURN NULL; END $$;
CREATE FUNCTION record_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO table_versions VALUES (TG_TABLE_NAME, 1)
  ON CONFLICT (table_name) DO UPDATE SET version = table_versions.version + 1;
  RETURN NULL; END $$;
CREATE TABLE gaps (id bigserial PRIMARY KEY, title text);
CREATE TABLE audit (id bigserial PRIMARY KEY, entry text);
SQL
cat > /tmp/table-writes-contention.sql <<'SQL'
BEGIN;
INSERT INTO gaps (title) VALUES ('gap');
SELECT pg_sleep(0.002);
INSERT INTO audit (entry) VALUES ('created');
SELECT pg_sleep(0.002);
COMMIT;
SQL
for design in none log counter; do
  psql -q "$SERVER/$DB" -c "SET client_min_messages = warning" -c "TRUNCATE table_writes, table_versions" -c "DROP TRIGGER IF EXISTS t ON gaps" -c "DROP TRIGGER IF EXISTS t ON audit"
  if [ "$design" != none ]; then
    for table in gaps audit; do
      psql -q "$SERVER/$DB" -c "CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON $table FOR EACH STATEMENT EXECUTE FUNCTION record_$design()"
    done
  fi
  for load in "rate $RATE" max; do
    rm -f /tmp/table-writes-"$design".*
    pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" $([ "$load" = max ] || echo "--rate $RATE") \
      -f /tmp/table-writes-contention.sql --log --log-prefix=/tmp/table-writes-"$design" \
      "$SERVER/$DB" >/dev/null
    # pgbench's log: column 3 the latency, column 7 (with --rate) the schedule lag, in µs.
    cat /tmp/table-writes-"$design".* | awk '{ print $3 + ($7 == "" ? 0 : $7) }' | sort -n |
      awk -v what="$design, $load" -v seconds="$SECONDS_EACH" '{ l[NR] = $1 } END {
        printf "%-16s %6d tx/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", what, NR / seconds,
          l[int(NR * 0.5)] / 1000, l[int(NR * 0.99)] / 1000, l[NR] / 1000 }'
  done
done
uptime
