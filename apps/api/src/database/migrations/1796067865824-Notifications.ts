import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796067865824 implements MigrationInterface {
  name = 'Notifications1796067865824';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "network_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "subject_key" text NOT NULL, "link" text NOT NULL, "title" text NOT NULL, "detail" text, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1da1508d5e58c040fbd0085ae8" ON "notifications"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_20f8b51fd9655c0b69feed5efc" ON "notifications"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_unmailed" ON "notifications"  ("recipient_id", "kind") WHERE emailed_at IS NULL AND read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_unread" ON "notifications"  ("recipient_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_recipient_created" ON "notifications"  ("recipient_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_notifications_key" ON "notifications"  ("recipient_id", "kind", "subject_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notification_count" integer NOT NULL, CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_digests_user_sent" ON "notification_digests"  ("user_id", "sent_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_1da1508d5e58c040fbd0085ae8d" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"',
    );
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_1da1508d5e58c040fbd0085ae8d"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_digests_user_sent"');
    await queryRunner.query('DROP TABLE "notification_digests"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."uq_notifications_key"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_recipient_created"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_unread"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_unmailed"');
    await queryRunner.query('DROP INDEX "public"."IDX_20f8b51fd9655c0b69feed5efc"');
    await queryRunner.query('DROP INDEX "public"."IDX_1da1508d5e58c040fbd0085ae8"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
