import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RealtimeLog1795405551227 implements MigrationInterface {
  name = 'RealtimeLog1795405551227';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "room_events" ADD "restricted" jsonb');
    await queryRunner.query(
      'ALTER TABLE "room_sequences" ADD "presence_user_ids" uuid array NOT NULL DEFAULT \'{}\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "room_sequences" DROP COLUMN "presence_user_ids"');
    await queryRunner.query('ALTER TABLE "room_events" DROP COLUMN "restricted"');
  }
}
