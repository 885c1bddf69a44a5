import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogueOwnership1796037280417 implements MigrationInterface {
  name = 'CatalogueOwnership1796037280417';

  /** Sets already stored stay national (NULL owner): they were imported as shared data. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_indicator_sets_key_year_version"');
    await queryRunner.query('ALTER TABLE "indicator_sets" ADD "owner_network_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_b76d44c34d522755d13450f8d2" ON "indicator_sets"  ("owner_network_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_sets_network_version" ON "indicator_sets"  ("owner_network_id", "key", "year", "version") WHERE "owner_network_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_sets_national_version" ON "indicator_sets"  ("key", "year", "version") WHERE "owner_network_id" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_sets" ADD CONSTRAINT "FK_b76d44c34d522755d13450f8d2a" FOREIGN KEY ("owner_network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "indicator_sets" DROP CONSTRAINT "FK_b76d44c34d522755d13450f8d2a"');
    await queryRunner.query('DROP INDEX "public"."uq_indicator_sets_national_version"');
    await queryRunner.query('DROP INDEX "public"."uq_indicator_sets_network_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_b76d44c34d522755d13450f8d2"');
    await queryRunner.query('ALTER TABLE "indicator_sets" DROP COLUMN "owner_network_id"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_sets_key_year_version" ON "indicator_sets" USING btree ("key", "year", "version") ',
    );
  }
}
