import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an invitation's e-mail went out, now that a queued job sends it. Invitations made before
 * keep NULL: nobody recorded it then.
 */
export class InvitationMailStatus1796050000000 implements MigrationInterface {
  name = 'InvitationMailStatus1796050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitations" ADD "mail_status" text');
    await queryRunner.query('ALTER TABLE "invitations" ADD "mail_sent_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "invitations" ADD "mail_failed_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitations" DROP COLUMN "mail_failed_at"');
    await queryRunner.query('ALTER TABLE "invitations" DROP COLUMN "mail_sent_at"');
    await queryRunner.query('ALTER TABLE "invitations" DROP COLUMN "mail_status"');
  }
}
