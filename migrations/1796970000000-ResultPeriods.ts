import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Results per reporting period of a partnership (issue 19 point 5): the gap's indicator over each
 * period, with who reported it; and a reference for requirement lines imported from a
 * spreadsheet, so importing a file again skips the lines already there (point 1).
 */
export class ResultPeriods1796970000000 implements MigrationInterface {
  name = 'ResultPeriods1796970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "partnership_result_periods" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "partnership_id" uuid NOT NULL,
                "indicator" text NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "baseline" numeric,
                "target" numeric,
                "actual" numeric NOT NULL,
                "reported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "reported_by_user_id" uuid,
                "reported_by_email" text,
                "reported_by_role" "public"."user_role",
                "reported_by_member_state" text,
                CONSTRAINT "ck_partnership_result_periods_days" CHECK ("period_end" >= "period_start"),
                CONSTRAINT "PK_64b74fae8a4758e0d4b99e3aa2a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_partnership_result_periods_partnership" ON "partnership_result_periods" ("partnership_id", "period_start", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements"
            ADD "external_ref" text
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_ministerial_requirements_external_ref" ON "ministerial_requirements" ("external_ref")
        `);
    await queryRunner.query(`
            ALTER TABLE "partnership_result_periods"
            ADD CONSTRAINT "FK_87d54c830d1f63d6dcbca39439e" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "partnership_result_periods" DROP CONSTRAINT "FK_87d54c830d1f63d6dcbca39439e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_ministerial_requirements_external_ref"
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements" DROP COLUMN "external_ref"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_partnership_result_periods_partnership"
        `);
    await queryRunner.query(`
            DROP TABLE "partnership_result_periods"
        `);
  }
}
