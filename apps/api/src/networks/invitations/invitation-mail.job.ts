import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { INVITATION_MAIL_ATTEMPTS, type InvitationMailStatus, type NetworkRole } from '@samrad/domain';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config.js';
import { TokenService } from '../../identity/token.service.js';
import { Clock } from '../../jobs/clock.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { JobTasks, type JobInfo } from '../../jobs/job-tasks.js';
import { seal, unseal } from '../../jobs/sealed.js';
import { invitationMail } from '../../notifications/invitation-mail.js';
import { MailerService } from '../../notifications/mailer.service.js';
import { roomName } from '../../realtime/room-event.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export const INVITATION_MAIL_TASK = 'invitation.mail';
const SEAL_PURPOSE = 'invitation-link';

const payloadSchema = z.object({
  invitationId: z.uuid(),
  /** The link with the one-time token, sealed (the job table must not hold a usable link). */
  sealedLink: z.string(),
  inviterName: z.string(),
  locale: z.string(),
});

interface MailFacts {
  email: string;
  role: NetworkRole;
  network_id: string;
  token_hash: string;
  expires_at: Date;
  mail_status: InvitationMailStatus | null;
  accepted_at: Date | null;
  revoked_at: Date | null;
  declined_at: Date | null;
  network_name: string;
  municipality_name: string | null;
}

/**
 * Invitation e-mail as a job of the queue: queued in the transaction that creates (or re-sends) the
 * invitation, so it exists exactly when the invitation does; retried with exponential backoff while
 * the mail server refuses; the invitation records the outcome (`mailStatus`, `mailSentAt`,
 * `mailFailedAt`) and the network room hears it. One job per invitation (`jobKey`): re-sending
 * replaces a job still waiting, and a job for a link that was replaced meanwhile does nothing.
 */
@Injectable()
export class InvitationMailJob implements OnModuleInit {
  private readonly logger = new Logger(InvitationMailJob.name);

  constructor(
    private readonly tasks: JobTasks,
    private readonly queue: JobQueue,
    private readonly mailer: MailerService,
    private readonly tokens: TokenService,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.tasks.define(INVITATION_MAIL_TASK, (payload, job) => this.run(payloadSchema.parse(payload), job));
  }

  /** The status a new link starts with: queued, or nothing to send with. */
  get initialStatus(): InvitationMailStatus {
    return this.mailer.enabled ? 'PENDING' : 'NOT_CONFIGURED';
  }

  /** Queues the e-mail on the caller's transaction (nothing when no mail server is configured). */
  async enqueue(
    manager: EntityManager,
    mail: { invitationId: string; link: string; inviterName: string; locale: string },
  ): Promise<void> {
    if (!this.mailer.enabled) return;
    await this.queue.add(
      INVITATION_MAIL_TASK,
      {
        invitationId: mail.invitationId,
        sealedLink: seal(mail.link, this.config.jwtSecret, SEAL_PURPOSE),
        inviterName: mail.inviterName,
        locale: mail.locale,
      },
      { jobKey: `invitation-mail:${mail.invitationId}`, maxAttempts: INVITATION_MAIL_ATTEMPTS },
      manager,
    );
  }

  private async run(payload: z.output<typeof payloadSchema>, job: JobInfo): Promise<void> {
    const link = unseal(payload.sealedLink, this.config.jwtSecret, SEAL_PURPOSE);
    const tokenHash = link ? this.tokens.hash(link.slice(link.lastIndexOf('/') + 1)) : null;
    const facts = await this.facts(payload.invitationId);
    // gone, re-sent with a new link meanwhile, already sent (a retry after a crash), or closed
    if (!facts || facts.token_hash !== tokenHash || facts.mail_status !== 'PENDING') return;
    if (facts.accepted_at || facts.revoked_at || facts.declined_at) return;
    try {
      await this.mailer.send(
        invitationMail({
          to: facts.email,
          link: link!,
          networkName: facts.network_name,
          inviterName: payload.inviterName,
          role: facts.role,
          municipalityName: facts.municipality_name,
          expiresAt: facts.expires_at,
          locale: payload.locale,
        }),
      );
    } catch (error) {
      const last = job.attempt >= job.maxAttempts;
      await this.record(payload.invitationId, facts, last ? 'FAILED' : 'PENDING', 'failed');
      if (last) this.logger.warn(`Gave up on the e-mail of invitation ${payload.invitationId}`);
      throw error; // the queue retries with backoff
    }
    await this.record(payload.invitationId, facts, 'SENT', 'sent');
  }

  private async facts(invitationId: string): Promise<MailFacts | null> {
    const [row] = (await this.dataSource.query(
      `SELECT i.email, i.role, i.network_id, i.token_hash, i.expires_at, i.mail_status,
                i.accepted_at, i.revoked_at, i.declined_at, n.name AS network_name, m.name AS municipality_name
           FROM invitations i JOIN networks n ON n.id = i.network_id
           LEFT JOIN municipalities m ON m.id = i.municipality_id
          WHERE i.id = $1`,
      [invitationId],
    )) as MailFacts[];
    return row ?? null;
  }

  /** Writes the outcome for the link this job carried (a newer link's status is left alone). */
  private async record(
    invitationId: string,
    facts: MailFacts,
    status: InvitationMailStatus,
    outcome: 'sent' | 'failed',
  ): Promise<void> {
    const at = this.clock.now();
    await this.uow.run(async ({ manager, record }) => {
      const [updated] = (await manager.query(
        `UPDATE invitations SET mail_status = $3,
                mail_sent_at = CASE WHEN $4 = 'sent' THEN $5::timestamptz ELSE mail_sent_at END,
                mail_failed_at = CASE WHEN $4 = 'failed' THEN $5::timestamptz ELSE mail_failed_at END
          WHERE id = $1 AND token_hash = $2
          RETURNING mail_failed_at`,
        [invitationId, facts.token_hash, status, outcome, at],
      )) as [{ mail_failed_at: Date | null }[], number];
      if (!updated.length) return;
      const [row] = updated;
      await record({
        actorId: null,
        events: [
          {
            room: roomName('network', facts.network_id),
            type: 'invitation.mailUpdated',
            data: {
              invitationId,
              mailStatus: status,
              failedAt: row?.mail_failed_at?.toISOString() ?? null,
            },
          },
        ],
      });
    });
  }
}
