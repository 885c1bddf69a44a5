import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnswerSubmissions1796040000000 implements MigrationInterface {
  name = 'AnswerSubmissions1796040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "answer_history" ("id" BIGSERIAL NOT NULL, "answer_id" uuid NOT NULL, "version" integer NOT NULL, "kind" text NOT NULL, "old_value" jsonb, "new_value" jsonb, "old_comment" text, "new_comment" text, "old_status" text, "new_status" text NOT NULL, "reason" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9472abb33368f92ec10b9ef4a01" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c32b54b688c9735acb976970b5" ON "answer_history"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8148cc2d8d4774b6e087cbfc9b" ON "answer_history"  ("answer_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "answer_submissions" ("round_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "first_submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "late_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24d60dd727d537939a75cba677f" PRIMARY KEY ("round_id", "municipality_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_37f74e191bc92c2cc8d272ff62" ON "answer_submissions"  ("submitted_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9c16a52b26e40abb6cd56e1f77" ON "answer_submissions"  ("approved_by_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_history" ADD CONSTRAINT "FK_b733beb813b353494919c8e6276" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_history" ADD CONSTRAINT "FK_c32b54b688c9735acb976970b5e" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" ADD CONSTRAINT "FK_6238d0dee679fb4e60bea902a51" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" ADD CONSTRAINT "FK_777d2d293cf46270225d6245f34" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" ADD CONSTRAINT "FK_37f74e191bc92c2cc8d272ff62e" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" ADD CONSTRAINT "FK_9c16a52b26e40abb6cd56e1f77c" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // Rounds that already hold answers (the demo's 2025 round): their status per municipality.
    await queryRunner.query(`INSERT INTO "answer_submissions"
        ("round_id", "municipality_id", "status", "first_submitted_at", "submitted_at", "approved_at")
      SELECT round_id, municipality_id,
             CASE WHEN bool_and(status = 'APPROVED') THEN 'APPROVED'
                  WHEN bool_and(status <> 'DRAFT') THEN 'SUBMITTED' ELSE 'DRAFT' END,
             CASE WHEN bool_and(status <> 'DRAFT') THEN max(updated_at) END,
             CASE WHEN bool_and(status <> 'DRAFT') THEN max(updated_at) END,
             CASE WHEN bool_and(status = 'APPROVED') THEN max(updated_at) END
        FROM answers GROUP BY round_id, municipality_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" DROP CONSTRAINT "FK_9c16a52b26e40abb6cd56e1f77c"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" DROP CONSTRAINT "FK_37f74e191bc92c2cc8d272ff62e"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" DROP CONSTRAINT "FK_777d2d293cf46270225d6245f34"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_submissions" DROP CONSTRAINT "FK_6238d0dee679fb4e60bea902a51"',
    );
    await queryRunner.query('ALTER TABLE "answer_history" DROP CONSTRAINT "FK_c32b54b688c9735acb976970b5e"');
    await queryRunner.query('ALTER TABLE "answer_history" DROP CONSTRAINT "FK_b733beb813b353494919c8e6276"');
    await queryRunner.query('DROP INDEX "public"."IDX_9c16a52b26e40abb6cd56e1f77"');
    await queryRunner.query('DROP INDEX "public"."IDX_37f74e191bc92c2cc8d272ff62"');
    await queryRunner.query('DROP TABLE "answer_submissions"');
    await queryRunner.query('DROP INDEX "public"."IDX_8148cc2d8d4774b6e087cbfc9b"');
    await queryRunner.query('DROP INDEX "public"."IDX_c32b54b688c9735acb976970b5"');
    await queryRunner.query('DROP TABLE "answer_history"');
  }
}
