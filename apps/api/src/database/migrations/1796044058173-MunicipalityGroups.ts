import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MunicipalityGroups1796044058173 implements MigrationInterface {
  name = 'MunicipalityGroups1796044058173';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "name" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76ac7cb148d923bbd29c171af48" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3fa91725b692e3d966919558ab" ON "municipality_groups"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_municipality_groups_network_name" ON "municipality_groups"  ("network_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality_group_members" ("group_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, CONSTRAINT "PK_9656022dd7039d5279460a85896" PRIMARY KEY ("group_id", "municipality_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_724c61a697862992efaf91397d" ON "municipality_group_members"  ("municipality_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_groups" ADD CONSTRAINT "FK_66f0f8f0c7aac01c0c6a667a214" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_groups" ADD CONSTRAINT "FK_3fa91725b692e3d966919558aba" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_group_members" ADD CONSTRAINT "FK_67e1e86e8ecbf7d0070c0e29dc3" FOREIGN KEY ("group_id") REFERENCES "municipality_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_group_members" ADD CONSTRAINT "FK_724c61a697862992efaf91397d1" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "municipality_group_members" DROP CONSTRAINT "FK_724c61a697862992efaf91397d1"',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_group_members" DROP CONSTRAINT "FK_67e1e86e8ecbf7d0070c0e29dc3"',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_groups" DROP CONSTRAINT "FK_3fa91725b692e3d966919558aba"',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality_groups" DROP CONSTRAINT "FK_66f0f8f0c7aac01c0c6a667a214"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_724c61a697862992efaf91397d"');
    await queryRunner.query('DROP TABLE "municipality_group_members"');
    await queryRunner.query('DROP INDEX "public"."uq_municipality_groups_network_name"');
    await queryRunner.query('DROP INDEX "public"."IDX_3fa91725b692e3d966919558ab"');
    await queryRunner.query('DROP TABLE "municipality_groups"');
  }
}
