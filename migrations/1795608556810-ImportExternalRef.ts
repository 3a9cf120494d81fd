import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** externalRef on gaps and offers: the key an import uses to skip rows it already loaded. */
export class ImportExternalRef1795608556810 implements MigrationInterface {
  name = 'ImportExternalRef1795608556810';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "capability_gaps"
            ADD "external_ref" text
        `);
    await queryRunner.query(`
            ALTER TABLE "offers"
            ADD "external_ref" text
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_capability_gaps_external_ref" ON "capability_gaps" ("external_ref")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_offers_external_ref" ON "offers" ("external_ref")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_offers_external_ref"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_capability_gaps_external_ref"
        `);
    await queryRunner.query(`
            ALTER TABLE "offers" DROP COLUMN "external_ref"
        `);
    await queryRunner.query(`
            ALTER TABLE "capability_gaps" DROP COLUMN "external_ref"
        `);
  }
}
