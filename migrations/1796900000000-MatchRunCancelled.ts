import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** CANCELLED match runs (cancelMatchRun). */
export class MatchRunCancelled1796900000000 implements MigrationInterface {
  name = 'MatchRunCancelled1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TYPE "public"."match_run_status" ADD VALUE 'CANCELLED'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the type is made again without it, and cancelled runs
    // become FAILED with their reason kept.
    await queryRunner.query(`
            UPDATE "match_runs" SET "status" = 'FAILED' WHERE "status" = 'CANCELLED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."match_run_status" RENAME TO "match_run_status_old"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."match_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')
        `);
    await queryRunner.query(`
            ALTER TABLE "match_runs" ALTER COLUMN "status" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "match_runs" ALTER COLUMN "status" TYPE "public"."match_run_status" USING "status"::text::"public"."match_run_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_runs" ALTER COLUMN "status" SET DEFAULT 'QUEUED'
        `);
    await queryRunner.query(`
            DROP TYPE "public"."match_run_status_old"
        `);
  }
}
