import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments are stemmed in their author's language (sv/da/en), as `Comment.searchVector` declares. */
const SEARCH_VECTOR =
  "to_tsvector(CASE locale WHEN 'da' THEN 'danish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'swedish'::regconfig END, body)";

export class Discussions1796054015491 implements MigrationInterface {
  name = 'Discussions1796054015491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "round_id" uuid, "title" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0e73d36f33e52e93ce246afda5" ON "threads"  ("round_id") ');
    await queryRunner.query('CREATE INDEX "IDX_fc5838b6cb192daf05bf77c98c" ON "threads"  ("created_by_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_threads_subject" ON "threads"  ("network_id", "subject_type", "subject_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "network_id" uuid NOT NULL, "reply_to_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "locale" text NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(CASE locale WHEN \'da\' THEN \'danish\'::regconfig WHEN \'en\' THEN \'english\'::regconfig ELSE \'swedish\'::regconfig END, body)) STORED NOT NULL, "status" text NOT NULL DEFAULT \'VISIBLE\', "hidden_reason" text, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))',
    );
    // TypeORM reads a generated column's expression back from typeorm_metadata (keyed by the database's own name)
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'comments', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_VECTOR],
    );
    await queryRunner.query('CREATE INDEX "ix_comments_search" ON "comments" USING GIN ("search_vector")');
    await queryRunner.query('CREATE INDEX "IDX_06f316e1f2279bf691ed5f1fd5" ON "comments"  ("reply_to_id") ');
    await queryRunner.query('CREATE INDEX "IDX_e6d38899c31997c45d128a8973" ON "comments"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_comments_network_created" ON "comments"  ("network_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_comments_thread" ON "comments"  ("thread_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "comment_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "body" text NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bc0332e55296986d300413ff053" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6772ffc6bacc16856cb1113deb" ON "comment_revisions"  ("comment_id", "replaced_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_mentions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b8b27863e0146c27bd8c6962e1e" PRIMARY KEY ("comment_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a29d739a2d28fb38b8b591f815" ON "comment_mentions"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "thread_followers" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71036adfab6efa7a01febe42c02" PRIMARY KEY ("thread_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9751eebad94b5d33b6296abef7" ON "thread_followers"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_cf71702e3ff29d544612c4107e2" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_0e73d36f33e52e93ce246afda5f" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "threads" ADD CONSTRAINT "FK_fc5838b6cb192daf05bf77c98ca" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_e7d9c02826213be7fb6487f3909" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_2f6798da6b9517cab07110cdd23" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_06f316e1f2279bf691ed5f1fd52" FOREIGN KEY ("reply_to_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_87b5f31fd7617c8ff9b650f53de" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_revisions" ADD CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_followers" ADD CONSTRAINT "FK_e6226695ec61ccd470662262d36" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_followers" ADD CONSTRAINT "FK_9751eebad94b5d33b6296abef79" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "thread_followers" DROP CONSTRAINT "FK_9751eebad94b5d33b6296abef79"',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_followers" DROP CONSTRAINT "FK_e6226695ec61ccd470662262d36"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_revisions" DROP CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e"',
    );
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_87b5f31fd7617c8ff9b650f53de"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_06f316e1f2279bf691ed5f1fd52"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_2f6798da6b9517cab07110cdd23"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_e7d9c02826213be7fb6487f3909"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_fc5838b6cb192daf05bf77c98ca"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_0e73d36f33e52e93ce246afda5f"');
    await queryRunner.query('ALTER TABLE "threads" DROP CONSTRAINT "FK_cf71702e3ff29d544612c4107e2"');
    await queryRunner.query('DROP INDEX "public"."IDX_9751eebad94b5d33b6296abef7"');
    await queryRunner.query('DROP TABLE "thread_followers"');
    await queryRunner.query('DROP INDEX "public"."IDX_a29d739a2d28fb38b8b591f815"');
    await queryRunner.query('DROP TABLE "comment_mentions"');
    await queryRunner.query('DROP INDEX "public"."IDX_6772ffc6bacc16856cb1113deb"');
    await queryRunner.query('DROP TABLE "comment_revisions"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_thread"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_network_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_e6d38899c31997c45d128a8973"');
    await queryRunner.query('DROP INDEX "public"."IDX_06f316e1f2279bf691ed5f1fd5"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_search"');
    await queryRunner.query('DROP TABLE "comments"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'comments' AND "name" = 'search_vector'`,
    );
    await queryRunner.query('DROP INDEX "public"."ix_threads_subject"');
    await queryRunner.query('DROP INDEX "public"."IDX_fc5838b6cb192daf05bf77c98c"');
    await queryRunner.query('DROP INDEX "public"."IDX_0e73d36f33e52e93ce246afda5"');
    await queryRunner.query('DROP TABLE "threads"');
  }
}
