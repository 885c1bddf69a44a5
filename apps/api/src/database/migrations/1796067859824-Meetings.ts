import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1796067859824 implements MigrationInterface {
  name = 'Meetings1796067859824';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "place" text, "online_url" text, "status" text NOT NULL DEFAULT \'PLANNED\', "minutes" text NOT NULL DEFAULT \'\', "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6cd493a238ec7f06c3c1554e3a" ON "meetings"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a43bfbb7abd7222baa83005e71" ON "meetings"  ("network_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "notes" text, CONSTRAINT "PK_3280eed23ac5b58a23c8cf42ca0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6e698e6f308fb7c797ef4feabe" ON "meeting_agenda_items"  ("meeting_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "text" text NOT NULL, "goal_id" uuid, "interpretation_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0b1f30eb05f77cd5b817f7c7d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_96dba2e8418a1475976b2fc2fa" ON "meeting_decisions"  ("goal_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_acaf6b49d4da297d7468352e0a" ON "meeting_decisions"  ("interpretation_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_79e81dfb1fdf41d9d35761f30f" ON "meeting_decisions"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_df6f6fd0f3bef1ae6b20853206" ON "meeting_decisions"  ("meeting_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_95f715dc3c918217fa9f87df676" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meetings" ADD CONSTRAINT "FK_6cd493a238ec7f06c3c1554e3aa" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "FK_16d1915521f397380a03b33cea0" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_96dba2e8418a1475976b2fc2fa0" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_acaf6b49d4da297d7468352e0a4" FOREIGN KEY ("interpretation_id") REFERENCES "interpretation_proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_79e81dfb1fdf41d9d35761f30ff" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_79e81dfb1fdf41d9d35761f30ff"',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_acaf6b49d4da297d7468352e0a4"',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_96dba2e8418a1475976b2fc2fa0"',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa"',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_agenda_items" DROP CONSTRAINT "FK_16d1915521f397380a03b33cea0"',
    );
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_6cd493a238ec7f06c3c1554e3aa"');
    await queryRunner.query('ALTER TABLE "meetings" DROP CONSTRAINT "FK_95f715dc3c918217fa9f87df676"');
    await queryRunner.query('DROP INDEX "public"."IDX_df6f6fd0f3bef1ae6b20853206"');
    await queryRunner.query('DROP INDEX "public"."IDX_79e81dfb1fdf41d9d35761f30f"');
    await queryRunner.query('DROP INDEX "public"."IDX_acaf6b49d4da297d7468352e0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_96dba2e8418a1475976b2fc2fa"');
    await queryRunner.query('DROP TABLE "meeting_decisions"');
    await queryRunner.query('DROP INDEX "public"."IDX_6e698e6f308fb7c797ef4feabe"');
    await queryRunner.query('DROP TABLE "meeting_agenda_items"');
    await queryRunner.query('DROP INDEX "public"."IDX_a43bfbb7abd7222baa83005e71"');
    await queryRunner.query('DROP INDEX "public"."IDX_6cd493a238ec7f06c3c1554e3a"');
    await queryRunner.query('DROP TABLE "meetings"');
  }
}
