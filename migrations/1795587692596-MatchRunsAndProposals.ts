import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class MatchRunsAndProposals1795587692596 implements MigrationInterface {
  name = 'MatchRunsAndProposals1795587692596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."match_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')
        `);
    await queryRunner.query(`
            CREATE TABLE "match_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "requested_by" text NOT NULL,
                "weights" jsonb NOT NULL DEFAULT '{}',
                "status" "public"."match_run_status" NOT NULL DEFAULT 'QUEUED',
                "progress" integer NOT NULL DEFAULT '0',
                "phase" text,
                "stats" jsonb,
                "error" text,
                "job_id" text,
                "started_at" TIMESTAMP(3) WITH TIME ZONE,
                "finished_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "ck_match_runs_progress" CHECK (
                    "progress" BETWEEN 0 AND 100
                ),
                CONSTRAINT "PK_1e9ec070b43e5b98acfb9f1979d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_eb69f02ce5c7330425602c74bc" ON "match_runs" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_match_runs_created_at_id" ON "match_runs" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proposal_status" AS ENUM(
                'PROPOSED',
                'ACCEPTED',
                'CONFIRMED',
                'DECLINED',
                'SUPERSEDED',
                'EXPIRED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "run_id" uuid NOT NULL,
                "gap_id" uuid NOT NULL,
                "offer_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "score" double precision NOT NULL,
                "breakdown" jsonb NOT NULL,
                "explanation" text NOT NULL,
                "status" "public"."proposal_status" NOT NULL DEFAULT 'PROPOSED',
                CONSTRAINT "uq_proposals_run_gap_offer" UNIQUE ("run_id", "gap_id", "offer_id"),
                CONSTRAINT "ck_proposals_quantity_positive" CHECK ("quantity" > 0),
                CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_967e166b159077078a4aec4fe7" ON "proposals" ("run_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bc9711516e2fb1148da6627942" ON "proposals" ("gap_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ea93b113961c1889a4059f4040" ON "proposals" ("offer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_09d2319018bf917d600ba742c5" ON "proposals" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_proposals_created_at_id" ON "proposals" ("created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_967e166b159077078a4aec4fe71" FOREIGN KEY ("run_id") REFERENCES "match_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_bc9711516e2fb1148da66279428" FOREIGN KEY ("gap_id") REFERENCES "capability_gaps"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_ea93b113961c1889a4059f40407" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_ea93b113961c1889a4059f40407"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_bc9711516e2fb1148da66279428"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_967e166b159077078a4aec4fe71"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_proposals_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_09d2319018bf917d600ba742c5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ea93b113961c1889a4059f4040"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bc9711516e2fb1148da6627942"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_967e166b159077078a4aec4fe7"
        `);
    await queryRunner.query(`
            DROP TABLE "proposals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proposal_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_match_runs_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eb69f02ce5c7330425602c74bc"
        `);
    await queryRunner.query(`
            DROP TABLE "match_runs"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."match_run_status"
        `);
  }
}
