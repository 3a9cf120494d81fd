import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Partnerships and their milestones; reserved and confirmed quantities on gaps and offers; both
 * sides' answers on proposals. The shared proposal_response type is created and dropped once
 * (TypeORM generates it once per column).
 */
export class PartnershipsAndCommitments1795600120375 implements MigrationInterface {
  name = 'PartnershipsAndCommitments1795600120375';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."partnership_status" AS ENUM('ACTIVE', 'COMPLETED')
        `);
    await queryRunner.query(`
            CREATE TABLE "partnerships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "proposal_id" uuid NOT NULL,
                "gap_id" uuid NOT NULL,
                "offer_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "delivered_quantity" integer NOT NULL DEFAULT '0',
                "status" "public"."partnership_status" NOT NULL DEFAULT 'ACTIVE',
                "indicator_after" numeric,
                "indicator_measured_on" date,
                CONSTRAINT "REL_bb0e8948479ec03891dbe1ead8" UNIQUE ("proposal_id"),
                CONSTRAINT "ck_partnerships_delivered" CHECK (
                    "delivered_quantity" >= 0
                    AND "delivered_quantity" <= "quantity"
                ),
                CONSTRAINT "ck_partnerships_quantity_positive" CHECK ("quantity" > 0),
                CONSTRAINT "PK_55de3c169ff0d5d88e9a7cb0cd6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_067a0ce2c11c1a5b4295baf2fc" ON "partnerships" ("gap_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ee480d66ab6c0bb92d798f212f" ON "partnerships" ("offer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5d33eebc31262c8722f7073966" ON "partnerships" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_partnerships_created_at_id" ON "partnerships" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "partnership_milestones" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "partnership_id" uuid NOT NULL,
                "title" text NOT NULL,
                "due_on" date NOT NULL,
                "achieved_on" date,
                "note" text,
                CONSTRAINT "PK_ab98c3a989a238a33d568ee1dea" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_partnership_milestones_partnership_due" ON "partnership_milestones" ("partnership_id", "due_on", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps"
            ADD "reserved_quantity" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps"
            ADD "confirmed_quantity" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "offers"
            ADD "reserved_capacity" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "offers"
            ADD "confirmed_capacity" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proposal_response" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD "tpcc_response" "public"."proposal_response" NOT NULL DEFAULT 'PENDING'
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD "tpcc_responded_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD "donor_response" "public"."proposal_response" NOT NULL DEFAULT 'PENDING'
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD "donor_responded_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD "status_reason" text
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps"
            ADD CONSTRAINT "ck_capability_gaps_committed" CHECK (
                    "reserved_quantity" >= 0
                    AND "confirmed_quantity" >= 0
                    AND "reserved_quantity" + "confirmed_quantity" <= "quantity"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "offers"
            ADD CONSTRAINT "ck_offers_committed" CHECK (
                    "reserved_capacity" >= 0
                    AND "confirmed_capacity" >= 0
                    AND "reserved_capacity" + "confirmed_capacity" <= "capacity"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships"
            ADD CONSTRAINT "FK_bb0e8948479ec03891dbe1ead82" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships"
            ADD CONSTRAINT "FK_067a0ce2c11c1a5b4295baf2fcd" FOREIGN KEY ("gap_id") REFERENCES "capability_gaps"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships"
            ADD CONSTRAINT "FK_ee480d66ab6c0bb92d798f212fa" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partnership_milestones"
            ADD CONSTRAINT "FK_82138354d3aefe9ae4f59268cda" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "partnership_milestones" DROP CONSTRAINT "FK_82138354d3aefe9ae4f59268cda"
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships" DROP CONSTRAINT "FK_ee480d66ab6c0bb92d798f212fa"
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships" DROP CONSTRAINT "FK_067a0ce2c11c1a5b4295baf2fcd"
        `);
    await queryRunner.query(`
            ALTER TABLE "partnerships" DROP CONSTRAINT "FK_bb0e8948479ec03891dbe1ead82"
        `);
    await queryRunner.query(`
            ALTER TABLE "offers" DROP CONSTRAINT "ck_offers_committed"
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps" DROP CONSTRAINT "ck_capability_gaps_committed"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP COLUMN "status_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP COLUMN "donor_responded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP COLUMN "donor_response"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP COLUMN "tpcc_responded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "proposals" DROP COLUMN "tpcc_response"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proposal_response"
        `);
    await queryRunner.query(`
            ALTER TABLE "offers" DROP COLUMN "confirmed_capacity"
        `);
    await queryRunner.query(`
            ALTER TABLE "offers" DROP COLUMN "reserved_capacity"
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps" DROP COLUMN "confirmed_quantity"
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps" DROP COLUMN "reserved_quantity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_partnership_milestones_partnership_due"
        `);
    await queryRunner.query(`
            DROP TABLE "partnership_milestones"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_partnerships_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5d33eebc31262c8722f7073966"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ee480d66ab6c0bb92d798f212f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_067a0ce2c11c1a5b4295baf2fc"
        `);
    await queryRunner.query(`
            DROP TABLE "partnerships"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."partnership_status"
        `);
  }
}
