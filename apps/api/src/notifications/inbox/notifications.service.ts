import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { roomName, type NotificationKind, type NotificationSubjectType } from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/app-error.js';
import { UnitOfWork, type Transaction } from '../../realtime/unit-of-work.service.js';
import { draftColumns, type NotificationDraft } from './notification-drafts.js';

/** A notification as the bell lists it. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  networkId: string;
  subjectType: NotificationSubjectType;
  subjectId: string;
  link: string;
  title: string;
  detail: string | null;
  actorName: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * Creates the drafts whose recipient has not turned their kind OFF, once per (recipient, kind,
 * subject key), in one statement, and returns what was new. The channel is the recipient's own
 * choice or the kind's default (passed along with each draft).
 */
const CREATE = `
  INSERT INTO notifications (recipient_id, kind, network_id, subject_type, subject_id, subject_key, link,
                             title, detail, actor_id, emailed_at)
  SELECT d.recipient_id, d.kind, d.network_id, d.subject_type, d.subject_id, d.subject_key, d.link,
         d.title, d.detail, $12, CASE WHEN d.emailed THEN now() END
    FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[],
                $8::text[], $9::text[], $10::boolean[], $11::text[])
         AS d(recipient_id, kind, network_id, subject_type, subject_id, subject_key, link, title, detail,
              emailed, default_channel)
    LEFT JOIN notification_preferences p ON p.user_id = d.recipient_id AND p.kind = d.kind
   WHERE COALESCE(p.channel, d.default_channel) <> 'OFF'
  ON CONFLICT (recipient_id, kind, subject_key) DO NOTHING
  RETURNING id, recipient_id, kind, network_id, subject_type, subject_id, link, title, created_at`;

const SELECT_ROW = `
  SELECT n.id, n.kind, n.network_id AS "networkId", n.subject_type AS "subjectType", n.subject_id AS "subjectId",
         n.link, n.title, n.detail, a.display_name AS "actorName", n.created_at AS "createdAt", n.read_at AS "readAt"
    FROM notifications n LEFT JOIN users a ON a.id = n.actor_id`;

interface Created {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  network_id: string;
  subject_type: NotificationSubjectType;
  subject_id: string;
  link: string;
  title: string;
  created_at: Date;
}

/**
 * The in-app notifications: created inside the transaction of their cause (a comment posted, a
 * phase changed) so they exist exactly when it does, announced to each recipient's own room
 * (`user:<id>`), listed newest first and marked read by their recipient only.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Creates the notifications (one insert for all recipients) and records `notification.created` for each. */
  async notify(tx: Transaction, actorId: string | null, drafts: NotificationDraft[]): Promise<number> {
    const wanted = drafts.filter((d) => d.recipientId !== actorId); // nobody is told of what they did
    if (wanted.length === 0) return 0;
    const created = (await tx.manager.query(CREATE, [...draftColumns(wanted), actorId])) as Created[];
    await tx.record({
      actorId,
      events: created.map((n) => ({
        room: roomName('user', n.recipient_id),
        type: 'notification.created' as const,
        data: {
          notificationId: n.id,
          kind: n.kind,
          networkId: n.network_id,
          subjectType: n.subject_type,
          subjectId: n.subject_id,
          link: n.link,
          title: n.title,
          createdAt: n.created_at.toISOString(),
        },
      })),
    });
    return created.length;
  }

  /** Newest first; `after` is the id of the last one of the previous page. */
  async list(userId: string, first: number, after: string | null | undefined) {
    const params: unknown[] = [userId, first + 1];
    let where = 'n.recipient_id = $1';
    if (after) {
      const [cursor] = (await this.dataSource.query(
        `SELECT id FROM notifications WHERE recipient_id = $1 AND id::text = $2`,
        [userId, after],
      )) as { id: string }[];
      if (!cursor) throw badInput('after is not a valid cursor', { field: 'after' });
      params.push(cursor.id);
      where += ` AND (n.created_at, n.id) < (SELECT created_at, id FROM notifications WHERE id = $3)`;
    }
    const rows = (await this.dataSource.query(
      `${SELECT_ROW} WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    )) as NotificationRow[];
    const nodes = rows.slice(0, first);
    return { nodes, hasMore: rows.length > first, endCursor: nodes.at(-1)?.id ?? null };
  }

  async unreadCount(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Marks the given notifications (all of them, or none: another person's id is NOT_FOUND) or all
   * of the user's read; tells the user's other tabs. Returns the unread count after.
   */
  async markRead(userId: string, input: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
    const ids = [...new Set(input.ids ?? [])];
    return this.uow.run(async (tx) => {
      if (!input.all) {
        const [own] = (await tx.manager.query(
          `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND id = ANY($2::uuid[])`,
          [userId, ids],
        )) as { n: number }[];
        if (own.n !== ids.length) throw notFound('Notification');
      }
      const changed = (await tx.manager.query(
        `UPDATE notifications SET read_at = now()
          WHERE recipient_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))
          RETURNING id`,
        [userId, Boolean(input.all), ids],
      )) as [{ id: string }[], number];
      const unread = await this.unreadCount(userId, tx.manager);
      if (changed[0].length > 0) {
        await tx.record({
          actorId: userId,
          events: [
            {
              room: roomName('user', userId),
              type: 'notifications.read',
              data: { notificationIds: input.all ? [] : ids, all: Boolean(input.all), unread },
            },
          ],
        });
      }
      return unread;
    });
  }
}
