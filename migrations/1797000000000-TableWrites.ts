import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Which transaction wrote which table, for the API's response cache (docs/api.md, "Read
 * performance"): a cached answer stays valid while no transaction that committed since it was
 * read has written a table it reads.
 *
 * Every table gets one statement-level trigger (INSERT, UPDATE, DELETE, TRUNCATE; COPY fires the
 * INSERT ones) that records (table, pg_current_xact_id()) in `table_writes`, once per transaction
 * and table (ON CONFLICT DO NOTHING for its next statements). The row commits, or rolls back,
 * with the write itself: it becomes visible exactly when the data does.
 *
 * Why a log of (table, transaction) rather than one counter row per table bumped by each write:
 * a counter row is locked by its writer until commit, so every writer of a table would wait for
 * the previous one to commit (and two transactions writing two tables in opposite orders would
 * deadlock). Here each transaction inserts its own key: writers never wait for one another. A
 * reader asks "has a transaction not visible in the snapshot my answer was read in committed a
 * write to these tables?" (pg_visible_in_snapshot), which is exact whatever order transactions
 * commit in — a sequence or a max(xid) would miss a transaction that started before and
 * committed after another.
 *
 * `table_writes_horizon` (one row): rows of transactions older than it have been deleted (the API
 * prunes them); an answer read in a snapshot older than the horizon is never served.
 */
const TABLES = [
  'audit_entries',
  'capability_gaps',
  'comments',
  'match_runs',
  'member_states',
  'ministerial_requirements',
  'ministerials',
  'missions',
  'notification_preferences',
  'notifications',
  'offers',
  'partnership_milestones',
  'partnership_result_periods',
  'partnerships',
  'pledge_offers',
  'pledge_status_changes',
  'pledges',
  'proposals',
  'users',
];

export class TableWrites1797000000000 implements MigrationInterface {
  name = 'TableWrites1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Primary key led by xid: a reader looks only at transactions from its snapshot's xmin on.
    await queryRunner.query(`
            CREATE TABLE "table_writes" (
                "xid" xid8 NOT NULL,
                "table_name" text NOT NULL,
                CONSTRAINT "PK_table_writes" PRIMARY KEY ("xid", "table_name")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "table_writes_horizon" (
                "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
                "horizon" xid8 NOT NULL
            )
        `);
    await queryRunner.query(`
            INSERT INTO "table_writes_horizon" ("horizon")
            VALUES (pg_snapshot_xmin(pg_current_snapshot()))
        `);
    await queryRunner.query(`
            CREATE FUNCTION "record_table_write"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "table_writes" ("xid", "table_name")
                VALUES (pg_current_xact_id(), TG_TABLE_NAME)
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END
            $$
        `);
    for (const table of TABLES) {
      await queryRunner.query(`
            CREATE TRIGGER "table_writes_${table}"
            AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
            FOR EACH STATEMENT EXECUTE FUNCTION "record_table_write"()
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "table_writes_${table}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "record_table_write"()`);
    await queryRunner.query(`DROP TABLE "table_writes_horizon"`);
    await queryRunner.query(`DROP TABLE "table_writes"`);
  }
}
