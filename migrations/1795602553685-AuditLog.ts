import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The append-only audit log. Besides the generated table and indexes, triggers make the database
 * itself refuse UPDATE, DELETE and TRUNCATE of audit_entries, whoever asks (the app's role included,
 * even when it owns the table); only dropping the table (this migration's down) removes entries.
 */
export class AuditLog1795602553685 implements MigrationInterface {
  name = 'AuditLog1795602553685';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."audit_change_kind" AS ENUM('INSERT', 'UPDATE', 'DELETE')
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_entries" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_email" text,
                "actor_role" text,
                "actor_member_state" text,
                "request_id" text NOT NULL,
                "action" text NOT NULL,
                "kind" "public"."audit_change_kind" NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text,
                "changes" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_request_id" ON "audit_entries" ("request_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_entity" ON "audit_entries" ("entity_type", "entity_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_action" ON "audit_entries" ("action", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_actor_email" ON "audit_entries" ("actor_email", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_actor_user_id" ON "audit_entries" ("actor_user_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_occurred_at_id" ON "audit_entries" ("occurred_at", "id")
        `);
    await queryRunner.query(`
            CREATE FUNCTION "audit_entries_refuse_change"() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_entries_append_only"
            BEFORE UPDATE OR DELETE ON "audit_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_refuse_change"()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_entries_no_truncate"
            BEFORE TRUNCATE ON "audit_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_refuse_change"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "audit_entries_no_truncate" ON "audit_entries"
        `);
    await queryRunner.query(`
            DROP TRIGGER "audit_entries_append_only" ON "audit_entries"
        `);
    await queryRunner.query(`
            DROP FUNCTION "audit_entries_refuse_change"()
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_occurred_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_actor_user_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_actor_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_request_id"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."audit_change_kind"
        `);
  }
}
