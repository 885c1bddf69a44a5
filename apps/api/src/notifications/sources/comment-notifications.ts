import { Injectable } from '@nestjs/common';
import { resolveMentions } from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import type { Transaction } from '../../realtime/unit-of-work.service.js';
import { excerpt, type NotificationDraft } from '../inbox/notification-drafts.js';
import { NotificationsService } from '../inbox/notifications.service.js';

export interface PostedComment {
  id: string;
  threadId: string;
  threadTitle: string;
  networkId: string;
  authorId: string;
  body: string;
  /** Members of the network only (the discussions feature resolved them). */
  mentionedUserIds: string[];
}

/**
 * What a comment tells whom, in the transaction that posts it: each member it mentions gets a
 * MENTION; everyone else following the thread who is still a member gets a REPLY. Never the author.
 */
@Injectable()
export class CommentNotifications {
  constructor(private readonly notifications: NotificationsService) {}

  async posted(tx: Transaction, comment: PostedComment): Promise<void> {
    const mentioned = new Set(comment.mentionedUserIds);
    const followers = (await tx.manager.query(
      `SELECT DISTINCT f.user_id FROM thread_followers f
         JOIN memberships m ON m.user_id = f.user_id AND m.network_id = $2
        WHERE f.thread_id = $1`,
      [comment.threadId, comment.networkId],
    )) as { user_id: string }[];
    const replies = followers.map((f) => f.user_id).filter((id) => !mentioned.has(id));
    await this.notifications.notify(tx, comment.authorId, [
      ...drafts(comment, 'MENTION', [...mentioned]),
      ...drafts(comment, 'REPLY', replies),
    ]);
  }

  /** Members newly mentioned by an edit are told (the unique key keeps it once per comment and person). */
  async edited(tx: Transaction, comment: PostedComment): Promise<void> {
    await this.notifications.notify(
      tx,
      comment.authorId,
      drafts(comment, 'MENTION', comment.mentionedUserIds),
    );
  }

  /** A removed or hidden comment's text no longer shows in anyone's notifications. */
  async removed(manager: EntityManager, commentId: string): Promise<void> {
    await manager.query(
      `UPDATE notifications SET detail = NULL WHERE subject_type = 'COMMENT' AND subject_id = $1`,
      [commentId],
    );
  }
}

function drafts(
  comment: PostedComment,
  kind: 'MENTION' | 'REPLY',
  recipientIds: string[],
): NotificationDraft[] {
  return recipientIds.map((recipientId) => ({
    recipientId,
    kind,
    networkId: comment.networkId,
    subjectType: 'COMMENT',
    subjectId: comment.id,
    subjectKey: `comment:${comment.id}`,
    title: comment.threadTitle,
    // mentions read as "@Name" in an excerpt
    detail: excerpt(resolveMentions(comment.body, new Set()).body),
  }));
}
