import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Interpretations1796034170360 implements MigrationInterface {
  name = 'Interpretations1796034170360';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "interpretation_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "text" text NOT NULL, "author_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'OPEN\', "outcome" text, "review_by" date, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "superseded_by_id" uuid, "confirms_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9f36a327bc4081bb03d254eb9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4fd5fa315b4eb80348706f4b06" ON "interpretation_proposals"  ("indicator_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_da014928634e0d39560218bae5" ON "interpretation_proposals"  ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1e92e3d4c5a34ec7e6b71df285" ON "interpretation_proposals"  ("status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0535c535c9cf9682d778255290" ON "interpretation_proposals"  ("resolved_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d2184b78f6092e6d5cdfad4296" ON "interpretation_proposals"  ("superseded_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_376e5c154d097388b186720901" ON "interpretation_proposals"  ("confirms_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a953431e39f0b2736d757707f7" ON "interpretation_proposals"  ("round_id", "indicator_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interpretation_positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "stance" text NOT NULL, "reason" text, "current" boolean NOT NULL DEFAULT true, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4f2684625502f75e1afed21265" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_766519f101f0b4aa3abe767b17" ON "interpretation_positions"  ("proposal_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f2a28466249948e6c8ba524e5a" ON "interpretation_positions"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e83a154bd1b9c2946a5adc3813" ON "interpretation_positions"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_interpretation_positions_current" ON "interpretation_positions"  ("proposal_id", "municipality_id") WHERE current',
    );
    await queryRunner.query('ALTER TABLE "networks" ADD "consensus_rule" text NOT NULL DEFAULT \'MAJORITY\'');
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_c5f2825d5edb119ace94cc88954" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_4fd5fa315b4eb80348706f4b06c" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_da014928634e0d39560218bae56" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_0535c535c9cf9682d778255290a" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_d2184b78f6092e6d5cdfad42969" FOREIGN KEY ("superseded_by_id") REFERENCES "interpretation_proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" ADD CONSTRAINT "FK_376e5c154d097388b186720901a" FOREIGN KEY ("confirms_id") REFERENCES "interpretation_proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" ADD CONSTRAINT "FK_766519f101f0b4aa3abe767b17e" FOREIGN KEY ("proposal_id") REFERENCES "interpretation_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" ADD CONSTRAINT "FK_f2a28466249948e6c8ba524e5ae" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" ADD CONSTRAINT "FK_e83a154bd1b9c2946a5adc3813d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" DROP CONSTRAINT "FK_e83a154bd1b9c2946a5adc3813d"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" DROP CONSTRAINT "FK_f2a28466249948e6c8ba524e5ae"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_positions" DROP CONSTRAINT "FK_766519f101f0b4aa3abe767b17e"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_376e5c154d097388b186720901a"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_d2184b78f6092e6d5cdfad42969"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_0535c535c9cf9682d778255290a"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_da014928634e0d39560218bae56"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_4fd5fa315b4eb80348706f4b06c"',
    );
    await queryRunner.query(
      'ALTER TABLE "interpretation_proposals" DROP CONSTRAINT "FK_c5f2825d5edb119ace94cc88954"',
    );
    await queryRunner.query('ALTER TABLE "networks" DROP COLUMN "consensus_rule"');
    await queryRunner.query('DROP INDEX "public"."uq_interpretation_positions_current"');
    await queryRunner.query('DROP INDEX "public"."IDX_e83a154bd1b9c2946a5adc3813"');
    await queryRunner.query('DROP INDEX "public"."IDX_f2a28466249948e6c8ba524e5a"');
    await queryRunner.query('DROP INDEX "public"."IDX_766519f101f0b4aa3abe767b17"');
    await queryRunner.query('DROP TABLE "interpretation_positions"');
    await queryRunner.query('DROP INDEX "public"."IDX_a953431e39f0b2736d757707f7"');
    await queryRunner.query('DROP INDEX "public"."IDX_376e5c154d097388b186720901"');
    await queryRunner.query('DROP INDEX "public"."IDX_d2184b78f6092e6d5cdfad4296"');
    await queryRunner.query('DROP INDEX "public"."IDX_0535c535c9cf9682d778255290"');
    await queryRunner.query('DROP INDEX "public"."IDX_1e92e3d4c5a34ec7e6b71df285"');
    await queryRunner.query('DROP INDEX "public"."IDX_da014928634e0d39560218bae5"');
    await queryRunner.query('DROP INDEX "public"."IDX_4fd5fa315b4eb80348706f4b06"');
    await queryRunner.query('DROP TABLE "interpretation_proposals"');
  }
}
