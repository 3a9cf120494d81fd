import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Member states, missions, capability gaps and offers. Reviewed by hand: the enum types shared by
 * gaps and offers are created (and dropped) once, and ids use the built-in gen_random_uuid().
 */
export class InitialSchema1795583494428 implements MigrationInterface {
  name = 'InitialSchema1795583494428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "member_states" ("iso3" character(3) NOT NULL, "iso2" character(2) NOT NULL, "m49" character(3) NOT NULL, "name" text NOT NULL, "official_name" text NOT NULL, "region_code" character(3) NOT NULL, "region_name" text NOT NULL, "sub_region_code" character(3) NOT NULL, "sub_region_name" text NOT NULL, "languages" text array NOT NULL, CONSTRAINT "UQ_0e5e4cd2936f0183f69e8d64d0f" UNIQUE ("iso2"), CONSTRAINT "UQ_b4680d1843e1e5a76ef4685a74a" UNIQUE ("m49"), CONSTRAINT "PK_18992de6256ba04c25557132d4d" PRIMARY KEY ("iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9077984a8f9b0a4fa26c1edb5" ON "member_states"  ("region_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ef2c6abdfb89ffc461bdf14251" ON "member_states"  ("sub_region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "missions" ("code" text NOT NULL, "name" text NOT NULL, "location" text NOT NULL, "host_country_iso3" character(3), "languages" text array NOT NULL, "established_on" date NOT NULL, CONSTRAINT "PK_643bd7b282529b588b1c34c577a" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_76a22dd9af4285d946f18895dc" ON "missions"  ("host_country_iso3") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."category" AS ENUM('MEDICAL', 'TECHNOLOGY', 'POC_TRAINING', 'WOMEN_PARTICIPATION', 'LEADERSHIP', 'COMMAND_AND_CONTROL', 'BASIC_SKILLS', 'CONDUCT_AND_DISCIPLINE', 'SAFETY_AND_SECURITY', 'ENGINEERING', 'LOGISTICS', 'AVIATION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."quantity_unit" AS ENUM('TRAINEES', 'UNITS', 'ITEMS', 'COURSES')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."priority" AS ENUM('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_mode" AS ENUM('IN_COUNTRY', 'REGIONAL_TRAINING_CENTRE', 'DONOR_COUNTRY', 'MOBILE_TEAM', 'REMOTE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."gap_source" AS ENUM('PCRS_ASSESSMENT', 'PERFORMANCE_EVALUATION', 'SELF_DECLARED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."gap_status" AS ENUM('DRAFT', 'OPEN', 'PARTIALLY_MATCHED', 'MATCHED', 'CLOSED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "capability_gaps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "member_state_iso3" character(3) NOT NULL, "mission_code" text, "unit_type" text, "category" "public"."category" NOT NULL, "capability" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "quantity" integer NOT NULL, "unit" "public"."quantity_unit" NOT NULL, "priority" "public"."priority" NOT NULL, "languages" text array NOT NULL, "preferred_delivery_modes" "public"."delivery_mode" array NOT NULL DEFAULT '{}', "needed_from" date NOT NULL, "needed_by" date NOT NULL, "source" "public"."gap_source" NOT NULL, "status" "public"."gap_status" NOT NULL DEFAULT 'DRAFT', "status_reason" text, "objective_indicator" text, "objective_baseline" numeric, "objective_target" numeric, CONSTRAINT "ck_capability_gaps_capability_code" CHECK ("capability" ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'), CONSTRAINT "ck_capability_gaps_languages" CHECK (cardinality("languages") >= 1), CONSTRAINT "ck_capability_gaps_window" CHECK ("needed_from" <= "needed_by"), CONSTRAINT "ck_capability_gaps_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_52aae75281868f04c81ba2cb803" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e6cee3d57b2e87e3aeb6e6ad70" ON "capability_gaps"  ("member_state_iso3") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9378ba7cb86c5747f9f5e2cd44" ON "capability_gaps"  ("mission_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_031666ad8038cc24f57fc4faae" ON "capability_gaps"  ("category") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_90183d8ae52bcb4ac8258f0f9e" ON "capability_gaps"  ("priority") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_69b6d91cb3a9065c8f6c903a4a" ON "capability_gaps"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_capability_gaps_created_at_id" ON "capability_gaps"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('DRAFT', 'OPEN', 'PARTIALLY_ALLOCATED', 'FULLY_ALLOCATED', 'WITHDRAWN', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "donor_iso3" character(3) NOT NULL, "category" "public"."category" NOT NULL, "capabilities" text array NOT NULL DEFAULT '{}', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "capacity" integer NOT NULL, "unit" "public"."quantity_unit" NOT NULL, "cost_per_unit" numeric(14,2), "budget" numeric(16,2), "languages" text array NOT NULL, "delivery_modes" "public"."delivery_mode" array NOT NULL DEFAULT '{}', "eligible" text array NOT NULL DEFAULT '{}', "excluded" text array NOT NULL DEFAULT '{}', "available_from" date NOT NULL, "available_to" date NOT NULL, "status" "public"."offer_status" NOT NULL DEFAULT 'DRAFT', "status_reason" text, CONSTRAINT "ck_offers_budget" CHECK ("budget" IS NULL OR ("budget" > 0 AND "cost_per_unit" IS NOT NULL)), CONSTRAINT "ck_offers_cost_per_unit" CHECK ("cost_per_unit" IS NULL OR "cost_per_unit" >= 0), CONSTRAINT "ck_offers_languages" CHECK (cardinality("languages") >= 1), CONSTRAINT "ck_offers_window" CHECK ("available_from" <= "available_to"), CONSTRAINT "ck_offers_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f689cc9bf739d6cc4538a1a323" ON "offers"  ("donor_iso3") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6368fb5e2b3ca14981600c6af0" ON "offers"  ("category") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_434239966cb60e2dbc6178f993" ON "offers"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_offers_created_at_id" ON "offers"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "missions" ADD CONSTRAINT "FK_76a22dd9af4285d946f18895dc7" FOREIGN KEY ("host_country_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_gaps" ADD CONSTRAINT "FK_e6cee3d57b2e87e3aeb6e6ad70e" FOREIGN KEY ("member_state_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_gaps" ADD CONSTRAINT "FK_9378ba7cb86c5747f9f5e2cd448" FOREIGN KEY ("mission_code") REFERENCES "missions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_f689cc9bf739d6cc4538a1a323a" FOREIGN KEY ("donor_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "offers" DROP CONSTRAINT "FK_f689cc9bf739d6cc4538a1a323a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_gaps" DROP CONSTRAINT "FK_9378ba7cb86c5747f9f5e2cd448"`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_gaps" DROP CONSTRAINT "FK_e6cee3d57b2e87e3aeb6e6ad70e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "missions" DROP CONSTRAINT "FK_76a22dd9af4285d946f18895dc7"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_offers_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_434239966cb60e2dbc6178f993"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6368fb5e2b3ca14981600c6af0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f689cc9bf739d6cc4538a1a323"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_capability_gaps_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69b6d91cb3a9065c8f6c903a4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90183d8ae52bcb4ac8258f0f9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_031666ad8038cc24f57fc4faae"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9378ba7cb86c5747f9f5e2cd44"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6cee3d57b2e87e3aeb6e6ad70"`);
    await queryRunner.query(`DROP TABLE "capability_gaps"`);
    await queryRunner.query(`DROP TYPE "public"."gap_status"`);
    await queryRunner.query(`DROP TYPE "public"."gap_source"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_mode"`);
    await queryRunner.query(`DROP TYPE "public"."quantity_unit"`);
    await queryRunner.query(`DROP TYPE "public"."category"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76a22dd9af4285d946f18895dc"`);
    await queryRunner.query(`DROP TABLE "missions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef2c6abdfb89ffc461bdf14251"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a9077984a8f9b0a4fa26c1edb5"`);
    await queryRunner.query(`DROP TABLE "member_states"`);
  }
}
