import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The PLEDGE_UPDATE_DUE reminder: a notification kind, and the pledge a notification is about
 * (its link and inbox entry). No foreign key, as for the other items a notification names: the
 * inbox keeps what it said.
 */
export class PledgeUpdateReminders1796990000000 implements MigrationInterface {
  name = 'PledgeUpdateReminders1796990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Allowed in a transaction (PostgreSQL 12+) as long as this transaction does not use it.
    await queryRunner.query(`
            ALTER TYPE "public"."notification_kind" ADD VALUE 'PLEDGE_UPDATE_DUE' AFTER 'OFFER_EXPIRING'
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" ADD "pledge_id" uuid
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped: the type is rebuilt without it, its rows and preferences gone.
    await queryRunner.query(`
            DELETE FROM "notifications" WHERE "kind" = 'PLEDGE_UPDATE_DUE'
        `);
    await queryRunner.query(`
            DELETE FROM "notification_preferences" WHERE "kind" = 'PLEDGE_UPDATE_DUE'
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "pledge_id"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"
        `);
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
    for (const table of ['notifications', 'notification_preferences'])
      await queryRunner.query(`
            ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind"
            USING "kind"::text::"public"."notification_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind_old"
        `);
  }
}
