import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationDeclined1795420000000 implements MigrationInterface {
  name = 'InvitationDeclined1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitations" ADD "declined_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitations" DROP COLUMN "declined_at"');
  }
}
