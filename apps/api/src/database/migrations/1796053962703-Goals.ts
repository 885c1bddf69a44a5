import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Goals1796053962703 implements MigrationInterface {
  name = 'Goals1796053962703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "baseline_round_id" uuid, "title" text NOT NULL, "description" text, "target" text, "due_date" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT \'PROPOSED\', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e77abdf72e21a96a6956b4f8ac" ON "goals"  ("baseline_round_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_5d8114f8848a989fe301834321" ON "goals"  ("created_by_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_cd51cc9d7ee0633064e954c10e" ON "goals"  ("network_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_indicators" ("goal_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_8d4fbc8abad99dab5e66c745897" PRIMARY KEY ("goal_id", "indicator_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b98cdb22148a971f665cbba59b" ON "goal_indicators"  ("indicator_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_84c1c116c8366a4dd25ec003b00" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a0319c33916a07eaa97b816e27" ON "goal_status_changes"  ("changed_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8eb0ed34e7c8c4a78bc8fdc79f" ON "goal_status_changes"  ("goal_id", "changed_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "status" text NOT NULL, "plan" text, "owner_id" uuid, "decline_reason" text, "decided_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_380c41ae77dca60eea2ae55320c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8da757938dc0d56d21bf777499" ON "goal_commitments"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_072e8f8746a92deda917e0fb17" ON "goal_commitments"  ("owner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_04aad9dc1599f2a276d085c7c6" ON "goal_commitments"  ("decided_by_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_goal_commitments_goal_municipality" ON "goal_commitments"  ("goal_id", "municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_local_measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "name" text NOT NULL, "unit" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a93baa5024f5e1add4b8c1c3fb8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9c5df2ff7d205c3b5bcd62c77c" ON "goal_local_measures"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a158273ef34ff4f9e606a5d992" ON "goal_local_measures"  ("commitment_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_local_measure_values" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "value" double precision NOT NULL, "measured_on" date NOT NULL, "note" text, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_820a35e9e4b6968ea2632daeb9b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d1497ef7c79cd2e4e72250a780" ON "goal_local_measure_values"  ("recorded_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3df6b57e6b6eef2704b2327bfa" ON "goal_local_measure_values"  ("measure_id", "measured_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "title" text NOT NULL, "due_date" TIMESTAMP WITH TIME ZONE, "done_at" TIMESTAMP WITH TIME ZONE, "done_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f11853d0a451fb6a616d90e2acf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_aa192a22112b920675efe4b1de" ON "goal_milestones"  ("due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a11a63b4cf15cd1c66dbdc479b" ON "goal_milestones"  ("done_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_29f602d0ca408ce757708b5290" ON "goal_milestones"  ("goal_id", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "status" text NOT NULL, "note" text, "value" double precision, "reported_by_id" uuid NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8425f3bbd180deff86e6b16679" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d6884863916523e51a96e7d782" ON "goal_progress_updates"  ("reported_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1f1b8d146592e5a5fb7fe216f4" ON "goal_progress_updates"  ("municipality_id", "goal_id", "reported_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e800aac65b009864bda34b0de9" ON "goal_progress_updates"  ("goal_id", "reported_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "goals" ADD CONSTRAINT "FK_b70acc90e577e6d18ed9e53c1a9" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goals" ADD CONSTRAINT "FK_e77abdf72e21a96a6956b4f8ac7" FOREIGN KEY ("baseline_round_id") REFERENCES "rounds"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goals" ADD CONSTRAINT "FK_5d8114f8848a989fe301834321e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicators" ADD CONSTRAINT "FK_6dfd15ed89851286294056cebd8" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_indicators" ADD CONSTRAINT "FK_b98cdb22148a971f665cbba59b7" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_status_changes" ADD CONSTRAINT "FK_ef78c0c6c4e0dd83abe4aedb69f" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_status_changes" ADD CONSTRAINT "FK_a0319c33916a07eaa97b816e27a" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" ADD CONSTRAINT "FK_4362ac6b3f847c5afaec893c5ff" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" ADD CONSTRAINT "FK_8da757938dc0d56d21bf7774993" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" ADD CONSTRAINT "FK_072e8f8746a92deda917e0fb179" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" ADD CONSTRAINT "FK_04aad9dc1599f2a276d085c7c60" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measures" ADD CONSTRAINT "FK_f6ad10b58a4d618aedf9caead10" FOREIGN KEY ("commitment_id") REFERENCES "goal_commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measures" ADD CONSTRAINT "FK_9c5df2ff7d205c3b5bcd62c77c2" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measure_values" ADD CONSTRAINT "FK_df4836922d29e032a681a51b5a7" FOREIGN KEY ("measure_id") REFERENCES "goal_local_measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measure_values" ADD CONSTRAINT "FK_d1497ef7c79cd2e4e72250a780a" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_milestones" ADD CONSTRAINT "FK_04c7537fabb3dfdb964389c35fa" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_milestones" ADD CONSTRAINT "FK_a11a63b4cf15cd1c66dbdc479bb" FOREIGN KEY ("done_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" ADD CONSTRAINT "FK_a7db6750573220e0b15ff3afa06" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" ADD CONSTRAINT "FK_61f94a39bbfd523a09050c2e74a" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" ADD CONSTRAINT "FK_d6884863916523e51a96e7d782b" FOREIGN KEY ("reported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" DROP CONSTRAINT "FK_d6884863916523e51a96e7d782b"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" DROP CONSTRAINT "FK_61f94a39bbfd523a09050c2e74a"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_progress_updates" DROP CONSTRAINT "FK_a7db6750573220e0b15ff3afa06"',
    );
    await queryRunner.query('ALTER TABLE "goal_milestones" DROP CONSTRAINT "FK_a11a63b4cf15cd1c66dbdc479bb"');
    await queryRunner.query('ALTER TABLE "goal_milestones" DROP CONSTRAINT "FK_04c7537fabb3dfdb964389c35fa"');
    await queryRunner.query(
      'ALTER TABLE "goal_local_measure_values" DROP CONSTRAINT "FK_d1497ef7c79cd2e4e72250a780a"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measure_values" DROP CONSTRAINT "FK_df4836922d29e032a681a51b5a7"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measures" DROP CONSTRAINT "FK_9c5df2ff7d205c3b5bcd62c77c2"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_local_measures" DROP CONSTRAINT "FK_f6ad10b58a4d618aedf9caead10"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" DROP CONSTRAINT "FK_04aad9dc1599f2a276d085c7c60"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" DROP CONSTRAINT "FK_072e8f8746a92deda917e0fb179"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" DROP CONSTRAINT "FK_8da757938dc0d56d21bf7774993"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_commitments" DROP CONSTRAINT "FK_4362ac6b3f847c5afaec893c5ff"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_status_changes" DROP CONSTRAINT "FK_a0319c33916a07eaa97b816e27a"',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_status_changes" DROP CONSTRAINT "FK_ef78c0c6c4e0dd83abe4aedb69f"',
    );
    await queryRunner.query('ALTER TABLE "goal_indicators" DROP CONSTRAINT "FK_b98cdb22148a971f665cbba59b7"');
    await queryRunner.query('ALTER TABLE "goal_indicators" DROP CONSTRAINT "FK_6dfd15ed89851286294056cebd8"');
    await queryRunner.query('ALTER TABLE "goals" DROP CONSTRAINT "FK_5d8114f8848a989fe301834321e"');
    await queryRunner.query('ALTER TABLE "goals" DROP CONSTRAINT "FK_e77abdf72e21a96a6956b4f8ac7"');
    await queryRunner.query('ALTER TABLE "goals" DROP CONSTRAINT "FK_b70acc90e577e6d18ed9e53c1a9"');
    await queryRunner.query('DROP INDEX "public"."IDX_e800aac65b009864bda34b0de9"');
    await queryRunner.query('DROP INDEX "public"."IDX_1f1b8d146592e5a5fb7fe216f4"');
    await queryRunner.query('DROP INDEX "public"."IDX_d6884863916523e51a96e7d782"');
    await queryRunner.query('DROP TABLE "goal_progress_updates"');
    await queryRunner.query('DROP INDEX "public"."IDX_29f602d0ca408ce757708b5290"');
    await queryRunner.query('DROP INDEX "public"."IDX_a11a63b4cf15cd1c66dbdc479b"');
    await queryRunner.query('DROP INDEX "public"."IDX_aa192a22112b920675efe4b1de"');
    await queryRunner.query('DROP TABLE "goal_milestones"');
    await queryRunner.query('DROP INDEX "public"."IDX_3df6b57e6b6eef2704b2327bfa"');
    await queryRunner.query('DROP INDEX "public"."IDX_d1497ef7c79cd2e4e72250a780"');
    await queryRunner.query('DROP TABLE "goal_local_measure_values"');
    await queryRunner.query('DROP INDEX "public"."IDX_a158273ef34ff4f9e606a5d992"');
    await queryRunner.query('DROP INDEX "public"."IDX_9c5df2ff7d205c3b5bcd62c77c"');
    await queryRunner.query('DROP TABLE "goal_local_measures"');
    await queryRunner.query('DROP INDEX "public"."uq_goal_commitments_goal_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_04aad9dc1599f2a276d085c7c6"');
    await queryRunner.query('DROP INDEX "public"."IDX_072e8f8746a92deda917e0fb17"');
    await queryRunner.query('DROP INDEX "public"."IDX_8da757938dc0d56d21bf777499"');
    await queryRunner.query('DROP TABLE "goal_commitments"');
    await queryRunner.query('DROP INDEX "public"."IDX_8eb0ed34e7c8c4a78bc8fdc79f"');
    await queryRunner.query('DROP INDEX "public"."IDX_a0319c33916a07eaa97b816e27"');
    await queryRunner.query('DROP TABLE "goal_status_changes"');
    await queryRunner.query('DROP INDEX "public"."IDX_b98cdb22148a971f665cbba59b"');
    await queryRunner.query('DROP TABLE "goal_indicators"');
    await queryRunner.query('DROP INDEX "public"."IDX_cd51cc9d7ee0633064e954c10e"');
    await queryRunner.query('DROP INDEX "public"."IDX_5d8114f8848a989fe301834321"');
    await queryRunner.query('DROP INDEX "public"."IDX_e77abdf72e21a96a6956b4f8ac"');
    await queryRunner.query('DROP TABLE "goals"');
  }
}
