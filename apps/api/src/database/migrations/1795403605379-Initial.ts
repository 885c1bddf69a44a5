import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795403605379 implements MigrationInterface {
  name = 'Initial1795403605379';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT \'sv\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid, "actor_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c2d369a2e8a9e3773f1682b8ac" ON "audit_entries"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_entries_subject" ON "audit_entries"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_entries_network_at" ON "audit_entries"  ("network_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_sets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "title" text NOT NULL, "area" text NOT NULL, "source" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d80bfc0e0d569873b6266080c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_553bffa9a931523e7bc5d6a8e5" ON "indicator_sets"  ("area") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_599627e3a042d32827b6341685" ON "indicator_sets"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicator_sets_key_year_version" ON "indicator_sets"  ("key", "year", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_set_id" uuid NOT NULL, "position" integer NOT NULL, "code" text NOT NULL, "text" text NOT NULL, "guidance" text, "section" text, "answer_type" text NOT NULL, "options" text array, "unit" text, "polarity" text NOT NULL DEFAULT \'NEUTRAL\', "national_reference" double precision, CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7908c77362d20f1c428d49bfe4" ON "indicators"  ("code") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_indicators_set_code" ON "indicators"  ("indicator_set_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "county_code" text, "search_name" text NOT NULL, CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_municipalities_search_name" ON "municipalities"  ("search_name") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_municipalities_country_code" ON "municipalities"  ("country", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator_reference_values" ("indicator_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "value" double precision NOT NULL, CONSTRAINT "PK_c479705c81cacfe64065509f9ff" PRIMARY KEY ("indicator_id", "municipality_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a2814ea6b0c1e5a446166502eb" ON "indicator_reference_values"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3bf308fa93da3966f9e76fcfba" ON "refresh_tokens"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "municipality_id" uuid, "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2ab7d73129d1ccc19ff30f0d87" ON "invitations"  ("network_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_97ab59cb592c7cec109741b592" ON "invitations"  ("email") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_9b7e928ff1aaad74dd740246fa" ON "invitations"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d4de0403dd012cf87b430af70e" ON "invitations"  ("invited_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_669fdec7c1734fcfb404304289" ON "invitations"  ("accepted_by_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "municipality_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e1db4c3ab5cd8081cbf058ad04" ON "memberships"  ("network_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_0e0d4225300ec261cc02095572" ON "memberships"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_memberships_municipal" ON "memberships"  ("network_id", "user_id", "role", "municipality_id") WHERE municipality_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_memberships_network_wide" ON "memberships"  ("network_id", "user_id", "role") WHERE municipality_id IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "network_municipalities" ("network_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bc0e205045a305b26310701834" PRIMARY KEY ("network_id", "municipality_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f304440f28bb0dec4dc2db504e" ON "network_municipalities"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "room_events" ("room" text NOT NULL, "seq" bigint NOT NULL, "type" text NOT NULL, "actor_id" uuid, "data" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a100795da0cdc6ff6f90aec2523" PRIMARY KEY ("room", "seq"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_424a7b50ea1f1c49d2d2a76db2" ON "room_events"  ("at") ');
    await queryRunner.query(
      'CREATE TABLE "room_sequences" ("room" text NOT NULL, "last_seq" bigint NOT NULL, CONSTRAINT "PK_9ea84eb66814627bb42f56e79c7" PRIMARY KEY ("room"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "indicator_set_id" uuid NOT NULL, "title" text NOT NULL, "phase" text NOT NULL DEFAULT \'DRAFT\', "phase_deadlines" jsonb NOT NULL DEFAULT \'{}\', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_9d254884a20817016e2f877c7e7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f0ebaf0f03a3d44fa1341ac3fe" ON "rounds"  ("network_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_9849007620cd5ea72f777a0f32" ON "rounds"  ("indicator_set_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_d9d2c324906841c1d4608d48da" ON "rounds"  ("created_by_id") ');
    await queryRunner.query(
      'CREATE TABLE "round_phase_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "from_phase" text, "to_phase" text NOT NULL, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5d193e938fd88591810a27f46b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_79190083d1762243b777d94de4" ON "round_phase_changes"  ("changed_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_round_phase_changes_round_at" ON "round_phase_changes"  ("round_id", "changed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_entries" ADD CONSTRAINT "FK_c2d369a2e8a9e3773f1682b8ac0" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_sets" ADD CONSTRAINT "FK_599627e3a042d32827b6341685e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicators" ADD CONSTRAINT "FK_badbabcfb138c1a8ae12d441c2a" FOREIGN KEY ("indicator_set_id") REFERENCES "indicator_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_reference_values" ADD CONSTRAINT "FK_3b5813bf6d6ec54669af45c0335" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_reference_values" ADD CONSTRAINT "FK_a2814ea6b0c1e5a446166502eb2" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_2ab7d73129d1ccc19ff30f0d87c" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_9b7e928ff1aaad74dd740246faa" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_d4de0403dd012cf87b430af70ef" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_669fdec7c1734fcfb4043042899" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_e1db4c3ab5cd8081cbf058ad044" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_0e0d4225300ec261cc02095572a" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_municipalities" ADD CONSTRAINT "FK_48d0180a682f03abb5c9ed7f988" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_municipalities" ADD CONSTRAINT "FK_f304440f28bb0dec4dc2db504e1" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD CONSTRAINT "FK_f0ebaf0f03a3d44fa1341ac3fe7" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD CONSTRAINT "FK_9849007620cd5ea72f777a0f329" FOREIGN KEY ("indicator_set_id") REFERENCES "indicator_sets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rounds" ADD CONSTRAINT "FK_d9d2c324906841c1d4608d48da6" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_phase_changes" ADD CONSTRAINT "FK_9ed1c8e83fd24fc1219e80d6bc4" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_phase_changes" ADD CONSTRAINT "FK_79190083d1762243b777d94de47" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "round_phase_changes" DROP CONSTRAINT "FK_79190083d1762243b777d94de47"',
    );
    await queryRunner.query(
      'ALTER TABLE "round_phase_changes" DROP CONSTRAINT "FK_9ed1c8e83fd24fc1219e80d6bc4"',
    );
    await queryRunner.query('ALTER TABLE "rounds" DROP CONSTRAINT "FK_d9d2c324906841c1d4608d48da6"');
    await queryRunner.query('ALTER TABLE "rounds" DROP CONSTRAINT "FK_9849007620cd5ea72f777a0f329"');
    await queryRunner.query('ALTER TABLE "rounds" DROP CONSTRAINT "FK_f0ebaf0f03a3d44fa1341ac3fe7"');
    await queryRunner.query(
      'ALTER TABLE "network_municipalities" DROP CONSTRAINT "FK_f304440f28bb0dec4dc2db504e1"',
    );
    await queryRunner.query(
      'ALTER TABLE "network_municipalities" DROP CONSTRAINT "FK_48d0180a682f03abb5c9ed7f988"',
    );
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_0e0d4225300ec261cc02095572a"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_e1db4c3ab5cd8081cbf058ad044"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_669fdec7c1734fcfb4043042899"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4de0403dd012cf87b430af70ef"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_9b7e928ff1aaad74dd740246faa"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_2ab7d73129d1ccc19ff30f0d87c"');
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query(
      'ALTER TABLE "indicator_reference_values" DROP CONSTRAINT "FK_a2814ea6b0c1e5a446166502eb2"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator_reference_values" DROP CONSTRAINT "FK_3b5813bf6d6ec54669af45c0335"',
    );
    await queryRunner.query('ALTER TABLE "indicators" DROP CONSTRAINT "FK_badbabcfb138c1a8ae12d441c2a"');
    await queryRunner.query('ALTER TABLE "indicator_sets" DROP CONSTRAINT "FK_599627e3a042d32827b6341685e"');
    await queryRunner.query('ALTER TABLE "audit_entries" DROP CONSTRAINT "FK_c2d369a2e8a9e3773f1682b8ac0"');
    await queryRunner.query('DROP INDEX "public"."ix_round_phase_changes_round_at"');
    await queryRunner.query('DROP INDEX "public"."IDX_79190083d1762243b777d94de4"');
    await queryRunner.query('DROP TABLE "round_phase_changes"');
    await queryRunner.query('DROP INDEX "public"."IDX_d9d2c324906841c1d4608d48da"');
    await queryRunner.query('DROP INDEX "public"."IDX_9849007620cd5ea72f777a0f32"');
    await queryRunner.query('DROP INDEX "public"."IDX_f0ebaf0f03a3d44fa1341ac3fe"');
    await queryRunner.query('DROP TABLE "rounds"');
    await queryRunner.query('DROP TABLE "room_sequences"');
    await queryRunner.query('DROP INDEX "public"."IDX_424a7b50ea1f1c49d2d2a76db2"');
    await queryRunner.query('DROP TABLE "room_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_f304440f28bb0dec4dc2db504e"');
    await queryRunner.query('DROP TABLE "network_municipalities"');
    await queryRunner.query('DROP INDEX "public"."uq_memberships_network_wide"');
    await queryRunner.query('DROP INDEX "public"."uq_memberships_municipal"');
    await queryRunner.query('DROP INDEX "public"."IDX_0e0d4225300ec261cc02095572"');
    await queryRunner.query('DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"');
    await queryRunner.query('DROP INDEX "public"."IDX_e1db4c3ab5cd8081cbf058ad04"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."IDX_669fdec7c1734fcfb404304289"');
    await queryRunner.query('DROP INDEX "public"."IDX_d4de0403dd012cf87b430af70e"');
    await queryRunner.query('DROP INDEX "public"."uq_invitations_token_hash"');
    await queryRunner.query('DROP INDEX "public"."IDX_9b7e928ff1aaad74dd740246fa"');
    await queryRunner.query('DROP INDEX "public"."IDX_97ab59cb592c7cec109741b592"');
    await queryRunner.query('DROP INDEX "public"."IDX_2ab7d73129d1ccc19ff30f0d87"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP TABLE "networks"');
    await queryRunner.query('DROP INDEX "public"."uq_refresh_tokens_hash"');
    await queryRunner.query('DROP INDEX "public"."IDX_3bf308fa93da3966f9e76fcfba"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_a2814ea6b0c1e5a446166502eb"');
    await queryRunner.query('DROP TABLE "indicator_reference_values"');
    await queryRunner.query('DROP INDEX "public"."uq_municipalities_country_code"');
    await queryRunner.query('DROP INDEX "public"."ix_municipalities_search_name"');
    await queryRunner.query('DROP TABLE "municipalities"');
    await queryRunner.query('DROP INDEX "public"."uq_indicators_set_code"');
    await queryRunner.query('DROP INDEX "public"."IDX_7908c77362d20f1c428d49bfe4"');
    await queryRunner.query('DROP TABLE "indicators"');
    await queryRunner.query('DROP INDEX "public"."uq_indicator_sets_key_year_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_599627e3a042d32827b6341685"');
    await queryRunner.query('DROP INDEX "public"."IDX_553bffa9a931523e7bc5d6a8e5"');
    await queryRunner.query('DROP TABLE "indicator_sets"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_network_at"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_subject"');
    await queryRunner.query('DROP INDEX "public"."IDX_c2d369a2e8a9e3773f1682b8ac"');
    await queryRunner.query('DROP TABLE "audit_entries"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP TABLE "users"');
  }
}
