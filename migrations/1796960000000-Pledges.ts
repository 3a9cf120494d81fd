import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Ministerials, their requirement lists, pledges with their status history and linked offers
 * (issue 19). The four Ministerials held so far are loaded by `setup` (MinisterialsSyncService),
 * after the member states their host countries reference.
 */
export class Pledges1796960000000 implements MigrationInterface {
  name = 'Pledges1796960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "ministerials" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" text NOT NULL,
                "name" text NOT NULL,
                "city" text NOT NULL,
                "host_country_iso3" character(3),
                "held_on" date NOT NULL,
                "ends_on" date NOT NULL,
                CONSTRAINT "ck_ministerials_days" CHECK ("held_on" <= "ends_on"),
                CONSTRAINT "PK_06006147b12e84cd951a92f3163" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_ministerials_code" ON "ministerials" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_ministerials_held_on_id" ON "ministerials" ("held_on", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "ministerial_requirements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "ministerial_id" uuid NOT NULL,
                "category" "public"."category" NOT NULL,
                "capability" text NOT NULL,
                "mission_code" text,
                "quantity" integer NOT NULL,
                "unit" "public"."quantity_unit" NOT NULL,
                "description" text NOT NULL DEFAULT '',
                CONSTRAINT "ck_ministerial_requirements_quantity" CHECK ("quantity" > 0),
                CONSTRAINT "PK_479ce492b399d9ab3089b621ffc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cfaad30326a2293ee14387801b" ON "ministerial_requirements" ("mission_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_ministerial_requirements_ministerial" ON "ministerial_requirements" ("ministerial_id", "category", "capability")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."pledge_kind" AS ENUM(
                'FORMED_UNIT',
                'TRAINING_AND_CAPACITY_BUILDING',
                'EQUIPMENT',
                'TECHNOLOGY',
                'MEDICAL',
                'WOMEN_PEACE_AND_SECURITY',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."pledge_status" AS ENUM(
                'ANNOUNCED',
                'COMMITTED',
                'IN_PROGRESS',
                'FULFILLED',
                'WITHDRAWN'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "pledges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "ministerial_id" uuid NOT NULL,
                "lead_iso3" character(3) NOT NULL,
                "member_iso3s" text array NOT NULL DEFAULT '{}',
                "kind" "public"."pledge_kind" NOT NULL,
                "category" "public"."category" NOT NULL,
                "capability" text,
                "text_en" text,
                "text_fr" text,
                "quantity" integer,
                "unit" "public"."quantity_unit",
                "status" "public"."pledge_status" NOT NULL DEFAULT 'ANNOUNCED',
                "status_changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "status_reason" text,
                CONSTRAINT "ck_pledges_members" CHECK (NOT ("lead_iso3" = ANY ("member_iso3s"))),
                CONSTRAINT "ck_pledges_quantity" CHECK (
                    ("quantity" IS NULL) = ("unit" IS NULL)
                    AND (
                        "quantity" IS NULL
                        OR "quantity" > 0
                    )
                ),
                CONSTRAINT "ck_pledges_text" CHECK (num_nonnulls("text_en", "text_fr") >= 1),
                CONSTRAINT "PK_cbc41e4e1ba6b2690543f158d22" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9cfebd71d65195a20211a35b7d" ON "pledges" ("category")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pledges_lead_created_at_id" ON "pledges" ("lead_iso3", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pledges_ministerial_created_at_id" ON "pledges" ("ministerial_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pledges_status_changed_at_id" ON "pledges" ("status_changed_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pledges_created_at_id" ON "pledges" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "pledge_offers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "pledge_id" uuid NOT NULL,
                "offer_id" uuid NOT NULL,
                CONSTRAINT "PK_92fd416cc99c31d43c68caeb1b7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1020245a252b2699b2201e99d0" ON "pledge_offers" ("offer_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_pledge_offers_pledge_offer" ON "pledge_offers" ("pledge_id", "offer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "pledge_status_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "pledge_id" uuid NOT NULL,
                "from_status" "public"."pledge_status",
                "to_status" "public"."pledge_status" NOT NULL,
                "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "actor_user_id" uuid,
                "actor_email" text,
                "actor_role" "public"."user_role",
                "actor_member_state" text,
                "reason" text,
                CONSTRAINT "PK_0837783d4b45876f5ecf01a2317" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pledge_status_changes_pledge" ON "pledge_status_changes" ("pledge_id", "changed_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerials"
            ADD CONSTRAINT "FK_d74a48f673523e783f04d8efc24" FOREIGN KEY ("host_country_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements"
            ADD CONSTRAINT "FK_d30381ad232a6214d56edc4358a" FOREIGN KEY ("ministerial_id") REFERENCES "ministerials"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements"
            ADD CONSTRAINT "FK_cfaad30326a2293ee14387801bb" FOREIGN KEY ("mission_code") REFERENCES "missions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "pledges"
            ADD CONSTRAINT "FK_d84dbfebb32ce0f4da294cc23b3" FOREIGN KEY ("ministerial_id") REFERENCES "ministerials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "pledges"
            ADD CONSTRAINT "FK_e9e16cf2f6bd2d6fafd7f8aefe3" FOREIGN KEY ("lead_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_offers"
            ADD CONSTRAINT "FK_72518b5759dc18421b6625f787c" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_offers"
            ADD CONSTRAINT "FK_1020245a252b2699b2201e99d0c" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_status_changes"
            ADD CONSTRAINT "FK_17f8e577072b80a05fca35b2ddb" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Pledges a state joins (the list scope and the state filter): TypeORM cannot describe it.
    await queryRunner.query(`
            CREATE INDEX "idx_pledges_member_iso3s" ON "pledges" USING gin ("member_iso3s")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledges_member_iso3s"
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_status_changes" DROP CONSTRAINT "FK_17f8e577072b80a05fca35b2ddb"
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_offers" DROP CONSTRAINT "FK_1020245a252b2699b2201e99d0c"
        `);
    await queryRunner.query(`
            ALTER TABLE "pledge_offers" DROP CONSTRAINT "FK_72518b5759dc18421b6625f787c"
        `);
    await queryRunner.query(`
            ALTER TABLE "pledges" DROP CONSTRAINT "FK_e9e16cf2f6bd2d6fafd7f8aefe3"
        `);
    await queryRunner.query(`
            ALTER TABLE "pledges" DROP CONSTRAINT "FK_d84dbfebb32ce0f4da294cc23b3"
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements" DROP CONSTRAINT "FK_cfaad30326a2293ee14387801bb"
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerial_requirements" DROP CONSTRAINT "FK_d30381ad232a6214d56edc4358a"
        `);
    await queryRunner.query(`
            ALTER TABLE "ministerials" DROP CONSTRAINT "FK_d74a48f673523e783f04d8efc24"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledge_status_changes_pledge"
        `);
    await queryRunner.query(`
            DROP TABLE "pledge_status_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_pledge_offers_pledge_offer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1020245a252b2699b2201e99d0"
        `);
    await queryRunner.query(`
            DROP TABLE "pledge_offers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledges_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledges_status_changed_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledges_ministerial_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_pledges_lead_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9cfebd71d65195a20211a35b7d"
        `);
    await queryRunner.query(`
            DROP TABLE "pledges"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."pledge_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."pledge_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_ministerial_requirements_ministerial"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cfaad30326a2293ee14387801b"
        `);
    await queryRunner.query(`
            DROP TABLE "ministerial_requirements"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_ministerials_held_on_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_ministerials_code"
        `);
    await queryRunner.query(`
            DROP TABLE "ministerials"
        `);
  }
}
