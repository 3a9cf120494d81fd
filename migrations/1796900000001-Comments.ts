import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Comments on gaps, proposals and partnerships (exactly one each), with mentions (issue 18). */
export class Comments1796900000001 implements MigrationInterface {
  name = 'Comments1796900000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "gap_id" uuid,
                "proposal_id" uuid,
                "partnership_id" uuid,
                "author_user_id" uuid NOT NULL,
                "author_email" text NOT NULL,
                "author_role" "public"."user_role" NOT NULL,
                "author_member_state" character(3),
                "body" text NOT NULL,
                "mentioned_user_ids" uuid array NOT NULL DEFAULT '{}',
                "edited_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "ck_comments_body_length" CHECK (
                    char_length("body") BETWEEN 1 AND 5000
                ),
                CONSTRAINT "ck_comments_one_subject" CHECK (
                    num_nonnulls("gap_id", "proposal_id", "partnership_id") = 1
                ),
                CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5834d9d0f11a1c1bb42f146388" ON "comments" ("gap_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5fdbb8267cecb08f138f2530ce" ON "comments" ("proposal_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1cf114e8759a111a4c7b4e9ec2" ON "comments" ("partnership_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ca96de050d1b690cefccebc7dc" ON "comments" ("author_user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_comments_created_at_id" ON "comments" ("created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_5834d9d0f11a1c1bb42f1463886" FOREIGN KEY ("gap_id") REFERENCES "capability_gaps"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_5fdbb8267cecb08f138f2530ce2" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_1cf114e8759a111a4c7b4e9ec21" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_ca96de050d1b690cefccebc7dc8" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_ca96de050d1b690cefccebc7dc8"
        `);
    await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_1cf114e8759a111a4c7b4e9ec21"
        `);
    await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_5fdbb8267cecb08f138f2530ce2"
        `);
    await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_5834d9d0f11a1c1bb42f1463886"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_comments_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ca96de050d1b690cefccebc7dc"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1cf114e8759a111a4c7b4e9ec2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5fdbb8267cecb08f138f2530ce"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5834d9d0f11a1c1bb42f146388"
        `);
    await queryRunner.query(`
            DROP TABLE "comments"
        `);
  }
}
