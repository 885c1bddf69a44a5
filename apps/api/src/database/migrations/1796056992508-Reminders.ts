import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Goal reminders, claimed once per period (see GoalReminder), and the network's follow-up interval. */
export class Reminders1796056992508 implements MigrationInterface {
  name = 'Reminders1796056992508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "goal_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "subject_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "period" text NOT NULL, "goal_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a677be05b072de7e07b7fd65d1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9df8a2b6699594e64505d37444" ON "goal_reminders"  ("recipient_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3b5fa0c10ee254b395f0d508a4" ON "goal_reminders"  ("goal_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_goal_reminders_period" ON "goal_reminders"  ("kind", "subject_id", "recipient_id", "period") ',
    );
    await queryRunner.query(
      'ALTER TABLE "networks" ADD "follow_up_interval_days" integer NOT NULL DEFAULT \'90\'',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_reminders" ADD CONSTRAINT "FK_9df8a2b6699594e64505d374449" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_reminders" ADD CONSTRAINT "FK_3b5fa0c10ee254b395f0d508a4b" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "goal_reminders" DROP CONSTRAINT "FK_3b5fa0c10ee254b395f0d508a4b"');
    await queryRunner.query('ALTER TABLE "goal_reminders" DROP CONSTRAINT "FK_9df8a2b6699594e64505d374449"');
    await queryRunner.query('ALTER TABLE "networks" DROP COLUMN "follow_up_interval_days"');
    await queryRunner.query('DROP INDEX "public"."uq_goal_reminders_period"');
    await queryRunner.query('DROP INDEX "public"."IDX_3b5fa0c10ee254b395f0d508a4"');
    await queryRunner.query('DROP INDEX "public"."IDX_9df8a2b6699594e64505d37444"');
    await queryRunner.query('DROP TABLE "goal_reminders"');
  }
}
