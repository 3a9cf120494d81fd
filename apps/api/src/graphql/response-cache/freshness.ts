import { type DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { preparedQuery } from '@app/persistence';

/** What the database says, in one statement, before a cacheable request is answered. */
export interface DatabaseState {
  /** `pg_current_snapshot()`: the snapshot an answer computed now is read in, or later. */
  snapshot: string;
  /** Whether the answer asked about (if one) is still what the database would answer. */
  fresh: boolean;
}

export interface Freshness {
  check(
    previous: { snapshot: string; tables: readonly string[] } | undefined,
  ): Promise<DatabaseState>;
}

/**
 * `tables`: an answer read in snapshot S, reading tables T, is still valid while no transaction
 * that S does not see has committed a write to T. `table_writes` (migration TableWrites) holds a
 * row (transaction, table) per writing transaction, committed with the write itself; so "a row of
 * T whose transaction S does not see" is exactly "a write to T committed since S". Rows before
 * S's xmin are skipped (finished before S: seen, or rolled back and so absent), which keeps the
 * look-up to the few recent rows of the primary key. An answer read before the pruning horizon
 * is never valid: rows it would need may have been deleted.
 *
 * The snapshot of the same statement is handed back: a valid answer is valid as of it (no write
 * to its tables in between), so the entry moves forward and never falls behind the horizon while
 * it is used; a computed answer is stored under it, taken before computing, so a write
 * committing while it is computed is caught by the next request.
 */
const TABLES_STATE = `
  SELECT pg_current_snapshot()::text AS snapshot,
         COALESCE(
           (SELECT horizon FROM table_writes_horizon) <= pg_snapshot_xmin($1::pg_snapshot)
           AND NOT EXISTS (
             SELECT 1 FROM table_writes w
             WHERE w.xid >= pg_snapshot_xmin($1::pg_snapshot)
               AND w.table_name = ANY($2::text[])
               AND NOT pg_visible_in_snapshot(w.xid, $1::pg_snapshot)),
           false) AS fresh`;

export function tablesFreshness(dataSource: DataSource): Freshness {
  return {
    async check(previous) {
      const [row] = await preparedQuery<DatabaseState>(dataSource, TABLES_STATE, [
        previous?.snapshot ?? null,
        previous?.tables ?? [],
      ]);
      return row;
    },
  };
}

/**
 * `snapshot` (the first scheme, kept to compare): valid only in the very same snapshot, that is
 * while no transaction of the whole PostgreSQL server (any database) has committed a write.
 */
export function snapshotFreshness(dataSource: DataSource): Freshness {
  return {
    async check(previous) {
      const [row] = await preparedQuery<{ snapshot: string }>(
        dataSource,
        'SELECT pg_current_snapshot()::text AS snapshot',
      );
      return { snapshot: row.snapshot, fresh: previous?.snapshot === row.snapshot };
    },
  };
}

/**
 * Deletes the rows of `table_writes` no cached answer can need any more, in two steps a pruning
 * interval apart: the xmin seen at the previous call becomes the horizon (every transaction
 * before it had finished an interval ago), and rows before the horizon go. Answers read before
 * the horizon are then invalid (TABLES_STATE), so no answer ever misses a deleted row. Several
 * API processes may prune: the horizon only moves forward.
 */
export class TableWritesPruner {
  private previousXmin: string | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** The number of rows deleted. */
  async prune(): Promise<number> {
    const [{ xmin }] = await this.query<{ xmin: string }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    );
    let deleted = 0;
    if (this.previousXmin !== undefined) {
      const [row] = await this.query<{ deleted: number }>(
        `WITH moved AS (
           UPDATE table_writes_horizon SET horizon = GREATEST(horizon, $1::xid8)
           RETURNING horizon),
         gone AS (DELETE FROM table_writes WHERE xid < (SELECT horizon FROM moved) RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [this.previousXmin],
      );
      deleted = row.deleted;
    }
    this.previousXmin = xmin;
    return deleted;
  }

  /**
   * On the pool itself, not through TypeORM's logger: background upkeep, part of no request, so
   * it never shows among a request's statements (tests count them).
   */
  private async query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as {
      query(text: string, values: unknown[]): Promise<{ rows: T[] }>;
    };
    return (await pool.query(text, values)).rows;
  }
}
