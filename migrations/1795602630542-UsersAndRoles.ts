import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** User accounts with a role and, for donors and T/PCCs, the member state they act for. */
export class UsersAndRoles1795602630542 implements MigrationInterface {
  name = 'UsersAndRoles1795602630542';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM(
                'COORDINATOR',
                'DONOR',
                'TPCC',
                'ANALYST',
                'ADMIN'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" text NOT NULL,
                "password_hash" text NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "member_state_iso3" character(3),
                "disabled" boolean NOT NULL DEFAULT false,
                "token_version" integer NOT NULL DEFAULT '0',
                "last_login_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "ck_users_member_state_for_role" CHECK (
                    ("role" IN ('DONOR', 'TPCC')) = ("member_state_iso3" IS NOT NULL)
                ),
                CONSTRAINT "ck_users_email_lowercase" CHECK ("email" = lower("email")),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_users_created_at_id" ON "users" ("created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_355d0239ded2f3164157a18f84f" FOREIGN KEY ("member_state_iso3") REFERENCES "member_states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_355d0239ded2f3164157a18f84f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_users_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
  }
}
