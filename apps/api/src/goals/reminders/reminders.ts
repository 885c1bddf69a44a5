import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../jobs/clock.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { JobTasks } from '../../jobs/job-tasks.js';
import { Notifier } from '../../notifications/notifier.js';
import { reminderMail, type ReminderMailFacts } from '../../notifications/reminder-mail.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import type { ReminderKind } from './reminder.entity.js';

export const REMINDER_SCAN_TASK = 'goals.reminders.scan';
export const REMINDER_SEND_TASK = 'goals.reminders.send';
/** Milestones are announced this long before they are due. */
export const MILESTONE_NOTICE_DAYS = 7;
const SEND_ATTEMPTS = 10;

/** Goals whose commitments and milestones still move (PROPOSED or ACTIVE: see `goalOpen`). */
const OPEN_GOAL = `g.status IN ('PROPOSED', 'ACTIVE')`;
/** A timestamp as text that sorts and compares exactly (the period keys). */
const KEY_TIME = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Claims the reminders due at `$1` (the clock's now): commitments whose last progress update (or,
 * without one, the commitment itself) is at least the network's follow-up interval old and not
 * DONE, once per interval that passes; and open milestones due within a week, once per due date,
 * to each owner of a commitment to the goal.
 */
const CLAIM_PROGRESS_DUE = `
  WITH due AS (
    SELECT c.id AS subject_id, c.owner_id AS recipient_id, c.goal_id,
           COALESCE(last.reported_at, c.created_at) AS since, n.follow_up_interval_days AS days
      FROM goal_commitments c
      JOIN goals g ON g.id = c.goal_id AND ${OPEN_GOAL}
      JOIN networks n ON n.id = g.network_id
      LEFT JOIN LATERAL (
        SELECT pu.reported_at, pu.status FROM goal_progress_updates pu
         WHERE pu.municipality_id = c.municipality_id AND pu.goal_id = c.goal_id
         ORDER BY pu.reported_at DESC LIMIT 1) last ON true
     WHERE c.status = 'COMMITTED' AND c.owner_id IS NOT NULL
       AND last.status IS DISTINCT FROM 'DONE'
       AND COALESCE(last.reported_at, c.created_at) <= $1::timestamptz - make_interval(days => n.follow_up_interval_days)
  ), periods AS (
    SELECT *, floor(extract(epoch FROM $1::timestamptz - since) / (days * 86400))::int AS k FROM due
  )
  INSERT INTO goal_reminders (kind, subject_id, recipient_id, period, goal_id, due_at)
  SELECT 'PROGRESS_DUE'::text, subject_id, recipient_id, ${KEY_TIME('since')} || '#' || k, goal_id,
         since + make_interval(days => days * k)
    FROM periods
  ON CONFLICT (kind, subject_id, recipient_id, period) DO NOTHING
  RETURNING id`;

const CLAIM_MILESTONE_DUE = `
  INSERT INTO goal_reminders (kind, subject_id, recipient_id, period, goal_id, due_at)
  SELECT DISTINCT 'MILESTONE_DUE'::text, ms.id, c.owner_id, ${KEY_TIME('ms.due_date')}, ms.goal_id, ms.due_date
    FROM goal_milestones ms
    JOIN goals g ON g.id = ms.goal_id AND ${OPEN_GOAL}
    JOIN goal_commitments c ON c.goal_id = ms.goal_id AND c.status = 'COMMITTED' AND c.owner_id IS NOT NULL
   WHERE ms.done_at IS NULL
     AND ms.due_date > $1::timestamptz
     AND ms.due_date <= $1::timestamptz + make_interval(days => ${MILESTONE_NOTICE_DAYS})
  ON CONFLICT (kind, subject_id, recipient_id, period) DO NOTHING
  RETURNING id`;

interface ReminderRow {
  kind: ReminderKind;
  subject_id: string;
  period: string;
  due_at: Date;
  sent_at: Date | null;
  recipient_id: string;
  goal_id: string;
  email: string;
  locale: string;
  goal_title: string;
  network_id: string;
  network_name: string;
  goal_open: boolean;
}

/**
 * Goal reminders (hourly cron): a commitment's owner is told when the municipality's last progress
 * update is older than the network's follow-up interval, and before a milestone's due date. The
 * scan claims each reminder in `goal_reminders` (unique per kind, subject, recipient and period)
 * and queues one send job per claim in the same transaction, so two workers scanning at once
 * send it once, and a failing mail server only delays it (the send job retries). Delivery goes
 * through `Notifier`: in-app and, as the owner chose for GOAL_REMINDER, e-mail.
 */
@Injectable()
export class GoalReminders implements OnModuleInit {
  private readonly logger = new Logger(GoalReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tasks: JobTasks,
    private readonly queue: JobQueue,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.tasks.define(REMINDER_SCAN_TASK, async () => {
      const claimed = await this.scan();
      if (claimed) this.logger.log(`queued ${claimed} goal reminder(s)`);
    });
    this.tasks.define(REMINDER_SEND_TASK, (payload) =>
      this.send(z.object({ reminderId: z.uuid() }).parse(payload).reminderId),
    );
    // hourly, made up for after a pause of up to a day (a reminder is claimed once anyway)
    this.tasks.schedule({ task: REMINDER_SCAN_TASK, pattern: '7 * * * *', backfillMs: 24 * 3_600_000 });
  }

  /** Claims the reminders due now and queues their sending; returns how many were new. */
  async scan(): Promise<number> {
    if (!this.notifier.enabled) return 0; // nowhere to send them: claim nothing, so none is lost
    const now = this.clock.now();
    // Bookkeeping of the system, not a change anyone made: no audit entry, no room event.
    return this.uow.run(async ({ manager }) => {
      const claimed = [
        ...((await manager.query(CLAIM_PROGRESS_DUE, [now])) as { id: string }[]),
        ...((await manager.query(CLAIM_MILESTONE_DUE, [now])) as { id: string }[]),
      ];
      for (const { id } of claimed) {
        await this.queue.add(
          REMINDER_SEND_TASK,
          { reminderId: id },
          { jobKey: `reminder:${id}`, maxAttempts: SEND_ATTEMPTS },
          manager,
        );
      }
      return claimed.length;
    });
  }

  private async send(reminderId: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT r.kind, r.subject_id, r.period, r.due_at, r.sent_at, r.recipient_id, r.goal_id, u.email, u.locale,
              g.title AS goal_title, g.network_id, n.name AS network_name, ${OPEN_GOAL} AS goal_open
         FROM goal_reminders r
         JOIN users u ON u.id = r.recipient_id
         JOIN goals g ON g.id = r.goal_id
         JOIN networks n ON n.id = g.network_id
        WHERE r.id = $1`,
      [reminderId],
    )) as ReminderRow[];
    if (!row || row.sent_at || !row.goal_open) return; // gone, already sent (a retry), or the goal closed
    const facts =
      row.kind === 'PROGRESS_DUE' ? await this.progressFacts(row) : await this.milestoneFacts(row);
    if (!facts) return; // no longer due: reported meanwhile, milestone done or moved
    await this.notifier.deliver({
      recipient: { id: row.recipient_id, email: row.email, locale: row.locale },
      kind: 'GOAL_REMINDER',
      networkId: row.network_id,
      subjectType: 'GOAL',
      subjectId: row.goal_id,
      key: `reminder:${reminderId}`,
      title: row.goal_title,
      mail: reminderMail(facts),
    });
    await this.dataSource.query(`UPDATE goal_reminders SET sent_at = $2 WHERE id = $1`, [
      reminderId,
      this.clock.now(),
    ]);
  }

  private async progressFacts(row: ReminderRow): Promise<ReminderMailFacts | null> {
    const [commitment] = (await this.dataSource.query(
      `SELECT municipality_name, days, since, ${KEY_TIME('since')} AS since_key
         FROM (SELECT mu.name AS municipality_name, n.follow_up_interval_days AS days,
                      COALESCE((SELECT max(pu.reported_at) FROM goal_progress_updates pu
                                 WHERE pu.municipality_id = c.municipality_id AND pu.goal_id = c.goal_id),
                               c.created_at) AS since
                 FROM goal_commitments c
                 JOIN municipalities mu ON mu.id = c.municipality_id
                 JOIN goals g ON g.id = c.goal_id
                 JOIN networks n ON n.id = g.network_id
                WHERE c.id = $1 AND c.status = 'COMMITTED' AND c.owner_id = $2) commitment`,
      [row.subject_id, row.recipient_id],
    )) as { municipality_name: string; days: number; since: Date; since_key: string }[];
    // a progress update since the claim starts a new period: this reminder is moot
    if (!commitment || !row.period.startsWith(`${commitment.since_key}#`)) return null;
    return {
      kind: 'PROGRESS_DUE',
      to: row.email,
      locale: row.locale,
      goalTitle: row.goal_title,
      networkName: row.network_name,
      municipalityName: commitment.municipality_name,
      since: commitment.since,
      intervalDays: commitment.days,
      link: this.link(row.goal_id),
    };
  }

  private async milestoneFacts(row: ReminderRow): Promise<ReminderMailFacts | null> {
    const [milestone] = (await this.dataSource.query(
      `SELECT title, due_date FROM goal_milestones WHERE id = $1 AND done_at IS NULL`,
      [row.subject_id],
    )) as { title: string; due_date: Date | null }[];
    if (!milestone?.due_date || milestone.due_date.getTime() !== row.due_at.getTime()) return null;
    return {
      kind: 'MILESTONE_DUE',
      to: row.email,
      locale: row.locale,
      goalTitle: row.goal_title,
      networkName: row.network_name,
      milestoneTitle: milestone.title,
      dueAt: milestone.due_date,
      link: this.link(row.goal_id),
    };
  }

  /** The goal's page in the web (`/goals/:id`). */
  private link(goalId: string): string {
    return `${this.config.publicUrl(this.config.env.PORT).replace(/\/+$/, '')}/goals/${goalId}`;
  }
}
