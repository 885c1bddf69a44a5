import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationKind } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../jobs/clock.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { JobTasks } from '../../jobs/job-tasks.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { MailerService } from '../mailer.service.js';
import { unsubscribeToken } from '../unsubscribe/unsubscribe-token.js';
import { digestMail } from './digest-mail.js';

export const DIGEST_SCAN_TASK = 'notifications.digest.scan';
export const DIGEST_SEND_TASK = 'notifications.digest.send';
/** At most one digest per person in this time. */
export const DIGEST_INTERVAL_MS = 3_600_000;
/** Older notifications are not e-mailed any more (the bell still has them). */
const DIGEST_MAX_AGE_DAYS = 7;
/** A digest lists this many; the rest are counted ("… and 12 more"). */
const DIGEST_LIST_MAX = 30;

/** The effective channel of notification `n` for its recipient, in SQL (own choice, else the default). */
const CHANNEL = `COALESCE(
  (SELECT p.channel FROM notification_preferences p WHERE p.user_id = n.recipient_id AND p.kind = n.kind),
  (SELECT d.channel FROM unnest($2::text[], $3::text[]) AS d(kind, channel) WHERE d.kind = n.kind))`;

/** Unread, not yet e-mailed, recent notifications of kinds the recipient gets by e-mail. */
const PENDING = `n.emailed_at IS NULL AND n.read_at IS NULL
  AND n.created_at > $1::timestamptz - make_interval(days => ${DIGEST_MAX_AGE_DAYS})
  AND ${CHANNEL} = 'EMAIL'`;

interface PendingRow {
  id: string;
  kind: NotificationKind;
  title: string;
  detail: string | null;
  link: string;
  actor_name: string | null;
}

/**
 * The e-mail digest. A cron scan every ten minutes queues one send job per person who has pending
 * notifications and got no digest in the last hour. The send job, under a per-person lock, checks
 * both again, records the digest, marks its notifications e-mailed and sends the mail before the
 * transaction commits: a repeat of the job finds nothing to send, and a mail server that refuses
 * rolls the bookkeeping back so the retry sends it.
 */
@Injectable()
export class DigestJob implements OnModuleInit {
  private readonly logger = new Logger(DigestJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tasks: JobTasks,
    private readonly queue: JobQueue,
    private readonly mailer: MailerService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.tasks.define(DIGEST_SCAN_TASK, async () => {
      const queued = await this.scan();
      if (queued) this.logger.log(`queued ${queued} digest(s)`);
    });
    this.tasks.define(DIGEST_SEND_TASK, async (payload) => {
      await this.send(z.object({ userId: z.uuid() }).parse(payload).userId);
    });
    this.tasks.schedule({ task: DIGEST_SCAN_TASK, pattern: '*/10 * * * *', backfillMs: 0 });
  }

  private defaults(): [string[], string[]] {
    return [[...NOTIFICATION_KINDS], NOTIFICATION_KINDS.map((kind) => DEFAULT_NOTIFICATION_CHANNELS[kind])];
  }

  /** Queues a digest for each person due one; returns how many. */
  async scan(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const now = this.clock.now();
    return this.uow.run(async ({ manager }) => {
      const due = (await manager.query(
        `SELECT DISTINCT n.recipient_id FROM notifications n
          WHERE ${PENDING}
            AND NOT EXISTS (SELECT 1 FROM notification_digests g
                             WHERE g.user_id = n.recipient_id AND g.sent_at > $1::timestamptz - $4::interval)`,
        [now, ...this.defaults(), `${DIGEST_INTERVAL_MS} milliseconds`],
      )) as { recipient_id: string }[];
      for (const { recipient_id: userId } of due) {
        await this.queue.add(
          DIGEST_SEND_TASK,
          { userId },
          { jobKey: `digest:${userId}`, maxAttempts: 10 },
          manager,
        );
      }
      return due.length;
    });
  }

  /** Sends the person's digest if one is due; true when a mail went out. */
  async send(userId: string): Promise<boolean> {
    const now = this.clock.now();
    return this.uow.run(async ({ manager }) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('notifications.digest'), hashtext($1))`, [
        userId,
      ]);
      const [recent] = (await manager.query(
        `SELECT 1 FROM notification_digests WHERE user_id = $1 AND sent_at > $2::timestamptz - $3::interval`,
        [userId, now, `${DIGEST_INTERVAL_MS} milliseconds`],
      )) as unknown[];
      if (recent) return false;
      const [user] = (await manager.query(`SELECT email, locale FROM users WHERE id = $1`, [userId])) as {
        email: string;
        locale: string;
      }[];
      const pending = (await manager.query(
        `SELECT n.id, n.kind, n.title, n.detail, n.link, a.display_name AS actor_name
           FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.recipient_id = $4 AND ${PENDING}
          ORDER BY n.created_at, n.id`,
        [now, ...this.defaults(), userId],
      )) as PendingRow[];
      if (!user || pending.length === 0) return false;
      await manager.query(
        `INSERT INTO notification_digests (user_id, sent_at, notification_count) VALUES ($1, $2, $3)`,
        [userId, now, pending.length],
      );
      await manager.query(`UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1::uuid[])`, [
        pending.map((n) => n.id),
        now,
      ]);
      await this.mailer.send(this.mail(userId, user, pending));
      return true;
    });
  }

  private mail(userId: string, user: { email: string; locale: string }, pending: PendingRow[]) {
    const base = this.config.publicUrl(this.config.env.PORT).replace(/\/+$/, '');
    const unsubscribeUrl = (scope: NotificationKind | 'ALL') =>
      `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(this.config.jwtSecret, userId, scope))}`;
    const listed = pending.slice(-DIGEST_LIST_MAX);
    return digestMail({
      to: user.email,
      locale: user.locale,
      items: listed.map((n) => ({
        kind: n.kind,
        title: n.title,
        detail: n.detail,
        actorName: n.actor_name,
        url: `${base}${n.link}`,
      })),
      more: pending.length - listed.length,
      unsubscribe: [...new Set(pending.map((n) => n.kind))].map((kind) => ({
        kind,
        url: unsubscribeUrl(kind),
      })),
      unsubscribeAll: unsubscribeUrl('ALL'),
      settingsUrl: `${base}/settings#notifications`,
    });
  }
}
