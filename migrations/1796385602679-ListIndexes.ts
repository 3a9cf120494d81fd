import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for the lists' filters and orderings (docs/api.md "Lists: pagination, filters and sorting").
 * Keyset pages read an (expression, id) index in either direction, one per sort field. The
 * default order (newest first) under the most used narrowings (a T/PCC's or donor's own rows, a
 * status) reads (column, created_at, id); those replace the single-column indexes of the same
 * leading column, as (category, capability) and (priority, id) replace category and priority.
 * Array filters (languages, offered capabilities) use GIN; title search uses pg_trgm GIN (the
 * extension is trusted: a database owner may create it). Remaining quantity is an expression.
 */
export class ListIndexes1796385602679 implements MigrationInterface {
  name = 'ListIndexes1796385602679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Replaced by the composite indexes below (same leading column).
    for (const name of [
      'IDX_e6cee3d57b2e87e3aeb6e6ad70', // capability_gaps (member_state_iso3)
      'IDX_031666ad8038cc24f57fc4faae', // capability_gaps (category)
      'IDX_90183d8ae52bcb4ac8258f0f9e', // capability_gaps (priority)
      'IDX_69b6d91cb3a9065c8f6c903a4a', // capability_gaps (status)
      'IDX_f689cc9bf739d6cc4538a1a323', // offers (donor_iso3)
      'IDX_434239966cb60e2dbc6178f993', // offers (status)
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
    }
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_member_state_created_at_id" ON "capability_gaps" ("member_state_iso3", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_status_created_at_id" ON "capability_gaps" ("status", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_category_capability" ON "capability_gaps" ("category", "capability")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_priority_id" ON "capability_gaps" ("priority", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_needed_by_id" ON "capability_gaps" ("needed_by", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_quantity_id" ON "capability_gaps" ("quantity", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_title_id" ON "capability_gaps" ("title", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_remaining_id" ON "capability_gaps" (("quantity" - "reserved_quantity" - "confirmed_quantity"), "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_languages" ON "capability_gaps" USING gin ("languages")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_capability_gaps_title_trgm" ON "capability_gaps" USING gin ("title" gin_trgm_ops)
        `);

    await queryRunner.query(`
            CREATE INDEX "idx_offers_donor_created_at_id" ON "offers" ("donor_iso3", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_status_created_at_id" ON "offers" ("status", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_available_from_id" ON "offers" ("available_from", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_available_to" ON "offers" ("available_to")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_capacity_id" ON "offers" ("capacity", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_title_id" ON "offers" ("title", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_capabilities" ON "offers" USING gin ("capabilities")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_languages" ON "offers" USING gin ("languages")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_offers_title_trgm" ON "offers" USING gin ("title" gin_trgm_ops)
        `);

    await queryRunner.query(`
            CREATE INDEX "idx_proposals_score_id" ON "proposals" ("score", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_proposals_quantity_id" ON "proposals" ("quantity", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_partnerships_quantity_id" ON "partnerships" ("quantity", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_partnerships_delivered_quantity_id" ON "partnerships" ("delivered_quantity", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'idx_partnerships_delivered_quantity_id',
      'idx_partnerships_quantity_id',
      'idx_proposals_quantity_id',
      'idx_proposals_score_id',
      'idx_offers_title_trgm',
      'idx_offers_languages',
      'idx_offers_capabilities',
      'idx_offers_title_id',
      'idx_offers_capacity_id',
      'idx_offers_available_to',
      'idx_offers_available_from_id',
      'idx_offers_status_created_at_id',
      'idx_offers_donor_created_at_id',
      'idx_capability_gaps_title_trgm',
      'idx_capability_gaps_languages',
      'idx_capability_gaps_remaining_id',
      'idx_capability_gaps_title_id',
      'idx_capability_gaps_quantity_id',
      'idx_capability_gaps_needed_by_id',
      'idx_capability_gaps_priority_id',
      'idx_capability_gaps_category_capability',
      'idx_capability_gaps_status_created_at_id',
      'idx_capability_gaps_member_state_created_at_id',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
    }
    // pg_trgm stays: other objects may use it, and keeping it harms nothing.
    await queryRunner.query(`
            CREATE INDEX "IDX_434239966cb60e2dbc6178f993" ON "offers" USING btree ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f689cc9bf739d6cc4538a1a323" ON "offers" USING btree ("donor_iso3")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_69b6d91cb3a9065c8f6c903a4a" ON "capability_gaps" USING btree ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_90183d8ae52bcb4ac8258f0f9e" ON "capability_gaps" USING btree ("priority")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_031666ad8038cc24f57fc4faae" ON "capability_gaps" USING btree ("category")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e6cee3d57b2e87e3aeb6e6ad70" ON "capability_gaps" USING btree ("member_state_iso3")
        `);
  }
}
