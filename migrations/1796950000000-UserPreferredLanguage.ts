import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The interface language a user chose in the web app (setPreferredLanguage), en or fr. */
export class UserPreferredLanguage1796950000000 implements MigrationInterface {
  name = 'UserPreferredLanguage1796950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" ADD "preferred_language" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "ck_users_preferred_language" CHECK ("preferred_language" IN ('en', 'fr'))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "ck_users_preferred_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "preferred_language"
        `);
  }
}
