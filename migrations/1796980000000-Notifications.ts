import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Notifications (the inbox and the e-mail outbox in one table) and each user's e-mail preference
 * per kind. A trigger tells LISTENers on the `notification_added` channel the id of every new
 * notification once its transaction commits (the API pushes it to the recipient's subscription;
 * the worker queues its e-mail); NOTIFY is transactional, so a rolled-back change says nothing.
 */
export class Notifications1796980000000 implements MigrationInterface {
  name = 'Notifications1796980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM(
                'PROPOSAL_NEW',
                'PROPOSAL_ACCEPTED',
                'PROPOSAL_DECLINED',
                'PARTNERSHIP_CONFIRMED',
                'DELIVERY_RECORDED',
                'MILESTONE_DUE',
                'MILESTONE_OVERDUE',
                'GAP_WINDOW_CLOSING',
                'OFFER_EXPIRING',
                'MATCH_RUN_FAILED',
                'COMMENT_MENTION'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."email_status" AS ENUM(
                'PENDING',
                'DIGEST',
                'SENDING',
                'SENT',
                'SKIPPED',
                'LOGGED',
                'FAILED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "recipient_user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "language" text NOT NULL,
                "idempotency_key" text NOT NULL,
                "title" text NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "gap_id" uuid,
                "offer_id" uuid,
                "proposal_id" uuid,
                "partnership_id" uuid,
                "milestone_id" uuid,
                "match_run_id" uuid,
                "comment_id" uuid,
                "read_at" TIMESTAMP(3) WITH TIME ZONE,
                "email_status" "public"."email_status" NOT NULL DEFAULT 'PENDING',
                "email_message_id" text,
                "email_attempts" integer NOT NULL DEFAULT '0',
                "email_claimed_at" TIMESTAMP(3) WITH TIME ZONE,
                "email_sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "email_error" text,
                CONSTRAINT "ck_notifications_language" CHECK ("language" IN ('en', 'fr')),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_idempotency_key" ON "notifications" ("idempotency_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_notifications_email_message_id" ON "notifications" ("email_message_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_notifications_email_due" ON "notifications" ("email_status", "created_at")
            WHERE "email_status" IN ('PENDING', 'SENDING', 'DIGEST')
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_notifications_unread" ON "notifications" ("recipient_user_id")
            WHERE "read_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_notifications_recipient_created_id" ON "notifications" ("recipient_user_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_delivery" AS ENUM('IMMEDIATELY', 'DAILY_DIGEST', 'OFF')
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "delivery" "public"."notification_delivery" NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE DEFAULT now(),
                CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_2726bde496d82b6401532ab1477" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE FUNCTION "notification_added"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('notification_added', NEW.id::text);
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "tr_notifications_added" AFTER INSERT ON "notifications"
            FOR EACH ROW EXECUTE FUNCTION "notification_added"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "tr_notifications_added" ON "notifications"
        `);
    await queryRunner.query(`
            DROP FUNCTION "notification_added"()
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_2726bde496d82b6401532ab1477"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_delivery"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_recipient_created_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_unread"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_email_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_email_message_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_idempotency_key"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."email_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
  }
}
