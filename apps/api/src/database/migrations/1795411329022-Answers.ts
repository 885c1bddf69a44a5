import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Answers1795411329022 implements MigrationInterface {
  name = 'Answers1795411329022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "value_boolean" boolean, "value_number" double precision, "value_text" text, "value_choice" text, "comment" text, "status" text NOT NULL DEFAULT \'DRAFT\', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_3b12de14c4c407d256b59df21fd" UNIQUE ("round_id", "municipality_id", "indicator_id"), CONSTRAINT "PK_9c32cec6c71e06da0254f2226c6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8a98e450bb2cd6d4a71784a521" ON "answers"  ("indicator_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_49ebfc965d55108248b0f46e18" ON "answers"  ("municipality_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_f6cb5820e88caff1ce391a74ee" ON "answers"  ("updated_by_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_8a994f7bdb51899ed4219e2725" ON "answers"  ("round_id", "indicator_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "answers" ADD CONSTRAINT "FK_008552f101562053f4b3147e0e9" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answers" ADD CONSTRAINT "FK_8a98e450bb2cd6d4a71784a5219" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answers" ADD CONSTRAINT "FK_49ebfc965d55108248b0f46e188" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answers" ADD CONSTRAINT "FK_f6cb5820e88caff1ce391a74eeb" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "answers" DROP CONSTRAINT "FK_f6cb5820e88caff1ce391a74eeb"');
    await queryRunner.query('ALTER TABLE "answers" DROP CONSTRAINT "FK_49ebfc965d55108248b0f46e188"');
    await queryRunner.query('ALTER TABLE "answers" DROP CONSTRAINT "FK_8a98e450bb2cd6d4a71784a5219"');
    await queryRunner.query('ALTER TABLE "answers" DROP CONSTRAINT "FK_008552f101562053f4b3147e0e9"');
    await queryRunner.query('DROP INDEX "public"."IDX_8a994f7bdb51899ed4219e2725"');
    await queryRunner.query('DROP INDEX "public"."IDX_f6cb5820e88caff1ce391a74ee"');
    await queryRunner.query('DROP INDEX "public"."IDX_49ebfc965d55108248b0f46e18"');
    await queryRunner.query('DROP INDEX "public"."IDX_8a98e450bb2cd6d4a71784a521"');
    await queryRunner.query('DROP TABLE "answers"');
  }
}
