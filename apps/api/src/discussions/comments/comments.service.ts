import { Injectable } from '@nestjs/common';
import {
  commentLocale,
  parseMentions,
  resolveMentions,
  roomName,
  type editCommentSchema,
  type hideCommentSchema,
  type postCommentSchema,
} from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound } from '../../common/app-error.js';
import { CommentNotifications } from '../../notifications/sources/comment-notifications.js';
import type { AuthUser } from '../../common/request-context.js';
import type { Transaction } from '../../realtime/unit-of-work.service.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { DiscussionSubjects, type DiscussionSubject } from '../subjects/discussion-subjects.js';
import { ThreadsService } from '../threads/threads.service.js';
import type { Thread } from '../threads/thread.entity.js';
import { Comment, CommentMention, CommentRevision } from './comment.entity.js';

type PostInput = z.output<typeof postCommentSchema>;

/**
 * Comments: post (with mentions and follows), edit (history kept), delete and hide (soft: the
 * comment stays in place as "comment removed"). The resolver has checked access; the rules of a
 * comment's state live here, under a row lock on the comment.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly threads: ThreadsService,
    private readonly subjects: DiscussionSubjects,
    private readonly notices: CommentNotifications,
  ) {}

  async post(actor: AuthUser, input: PostInput, subject: DiscussionSubject): Promise<Comment> {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      const { thread, replyToId } = await this.threadFor(manager, actor, input, subject);
      const { body, mentionedUserIds } = await this.mentions(manager, thread.networkId, input.body);
      const comment = await manager.save(
        manager.create(Comment, {
          threadId: thread.id,
          networkId: thread.networkId,
          replyToId,
          authorId: actor.id,
          body,
          locale: commentLocale(actor.locale),
          status: 'VISIBLE',
        }),
      );
      await this.saveMentions(manager, comment.id, mentionedUserIds);
      await this.threads.follow(manager, thread.id, [{ userId: actor.id, reason: 'POSTED' }]);
      await this.threads.follow(
        manager,
        thread.id,
        mentionedUserIds.map((userId) => ({ userId, reason: 'MENTIONED' as const })),
      );
      await this.notices.posted(tx, { ...comment, threadTitle: thread.title, mentionedUserIds });
      await tx.record({
        actorId: actor.id,
        audit: audit(comment, 'comment.posted', null, { body, replyToId }),
        events: [
          {
            room: roomName('thread', thread.id),
            type: 'comment.posted',
            data: {
              ...state(comment),
              replyToId,
              body,
              mentionedUserIds,
              createdAt: comment.createdAt.toISOString(),
            },
          },
          activity(thread, subject, comment, 'POSTED'),
        ],
      });
      return comment;
    });
  }

  /** The author rewords a comment; the earlier text goes to its history. */
  async edit(actor: AuthUser, input: z.output<typeof editCommentSchema>): Promise<Comment> {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      const comment = await this.locked(manager, input.commentId);
      if (comment.status !== 'VISIBLE') throw conflict('The comment was removed and cannot be edited');
      const { body, mentionedUserIds } = await this.mentions(manager, comment.networkId, input.body);
      if (body === comment.body) return comment;
      const editedAt = new Date();
      await manager.insert(CommentRevision, {
        commentId: comment.id,
        body: comment.body,
        replacedAt: editedAt,
      });
      await manager.update(Comment, { id: comment.id }, { body, editedAt });
      await manager.delete(CommentMention, { commentId: comment.id });
      await this.saveMentions(manager, comment.id, mentionedUserIds);
      const thread = await this.threads.byId(manager, comment.threadId);
      await this.threads.follow(
        manager,
        thread.id,
        mentionedUserIds.map((userId) => ({ userId, reason: 'MENTIONED' as const })),
      );
      const after = { ...comment, body, editedAt };
      await this.notices.edited(tx, { ...after, threadTitle: thread.title, mentionedUserIds });
      await tx.record({
        actorId: actor.id,
        audit: audit(comment, 'comment.edited', { body: comment.body }, { body }),
        events: [
          {
            room: roomName('thread', thread.id),
            type: 'comment.edited',
            data: { ...state(after), body, mentionedUserIds, editedAt: editedAt.toISOString() },
          },
          activity(thread, await this.subjectOf(manager, thread), after, 'EDITED'),
        ],
      });
      return after;
    });
  }

  /** The author deletes a comment (again: nothing changes). */
  async remove(actor: AuthUser, commentId: string): Promise<Comment> {
    return this.uow.run(async (tx) => {
      const comment = await this.locked(tx.manager, commentId);
      if (comment.status === 'REMOVED') return comment;
      if (comment.status === 'HIDDEN') throw conflict('A coordinator has already hidden the comment');
      return this.takeDown(tx, actor, comment, { status: 'REMOVED', hiddenReason: null, hiddenById: null });
    });
  }

  /** A coordinator hides someone's comment, with a reason everyone sees in its place. */
  async hide(actor: AuthUser, input: z.output<typeof hideCommentSchema>): Promise<Comment> {
    return this.uow.run(async (tx) => {
      const comment = await this.locked(tx.manager, input.commentId);
      if (comment.status !== 'VISIBLE') throw conflict('The comment was already removed');
      return this.takeDown(tx, actor, comment, {
        status: 'HIDDEN',
        hiddenReason: input.reason,
        hiddenById: actor.id,
      });
    });
  }

  private async takeDown(
    { manager, record }: Transaction,
    actor: AuthUser,
    comment: Comment,
    change: Pick<Comment, 'status' | 'hiddenReason' | 'hiddenById'>,
  ): Promise<Comment> {
    const removedAt = new Date();
    await manager.update(Comment, { id: comment.id }, { ...change, removedAt });
    await this.notices.removed(manager, comment.id);
    const after = { ...comment, ...change, removedAt };
    const thread = await this.threads.byId(manager, comment.threadId);
    await record({
      actorId: actor.id,
      audit: audit(
        comment,
        change.status === 'HIDDEN' ? 'comment.hidden' : 'comment.deleted',
        { status: comment.status },
        { status: change.status, reason: change.hiddenReason },
      ),
      events: [
        {
          room: roomName('thread', thread.id),
          type: 'comment.removed',
          data: {
            ...state(after),
            status: change.status as 'REMOVED' | 'HIDDEN',
            hiddenReason: change.hiddenReason,
          },
        },
        activity(thread, await this.subjectOf(manager, thread), after, 'REMOVED'),
      ],
    });
    return after;
  }

  /** The thread to post in, and the top-level comment a reply answers (one level: a reply to a reply answers its parent). */
  private async threadFor(
    manager: EntityManager,
    actor: AuthUser,
    input: PostInput,
    subject: DiscussionSubject,
  ): Promise<{ thread: Thread; replyToId: string | null }> {
    const ofSubject = (thread: Thread | null) =>
      thread && thread.subjectType === input.subjectType && thread.subjectId === input.subjectId
        ? thread
        : null;
    if (input.replyToId) {
      const parent = await manager.findOneBy(Comment, { id: input.replyToId });
      const thread =
        parent && ofSubject(await manager.findOneBy(this.threads.entity, { id: parent.threadId }));
      if (!parent || !thread || (input.threadId && input.threadId !== thread.id))
        throw badInput('replyToId is not a comment of this subject', { field: 'replyToId' });
      return { thread, replyToId: parent.replyToId ?? parent.id };
    }
    if (input.threadId) {
      const thread = ofSubject(await manager.findOneBy(this.threads.entity, { id: input.threadId }));
      if (!thread) throw badInput('threadId is not a thread of this subject', { field: 'threadId' });
      return { thread, replyToId: null };
    }
    const thread = input.threadTitle
      ? await this.threads.create(manager, actor, input, subject, input.threadTitle)
      : await this.threads.firstOrCreate(manager, actor, input, subject);
    return { thread, replyToId: null };
  }

  /** Mentions of the network's members stay (resolved to their ids); anyone else's become plain text. */
  private async mentions(manager: EntityManager, networkId: string, text: string) {
    const named = [...new Set(parseMentions(text).map((m) => m.userId))];
    const members: { user_id: string }[] = named.length
      ? await manager.query(
          `SELECT DISTINCT user_id FROM memberships WHERE network_id = $1 AND user_id = ANY($2::uuid[])`,
          [networkId, named],
        )
      : [];
    return resolveMentions(text, new Set(members.map((m) => m.user_id)));
  }

  private async saveMentions(manager: EntityManager, commentId: string, userIds: string[]) {
    if (userIds.length)
      await manager.insert(
        CommentMention,
        userIds.map((userId) => ({ commentId, userId })),
      );
  }

  private async locked(manager: EntityManager, commentId: string): Promise<Comment> {
    const comment = await manager.findOne(Comment, {
      where: { id: commentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!comment) throw notFound('Comment');
    return comment;
  }

  private async subjectOf(manager: EntityManager, thread: Thread): Promise<DiscussionSubject> {
    const subject = await this.subjects.find(thread.subjectType, thread.subjectId, manager);
    if (!subject) throw notFound('Subject');
    return subject;
  }
}

const state = (comment: Comment) => ({
  commentId: comment.id,
  threadId: comment.threadId,
  authorId: comment.authorId,
});

const audit = (
  comment: Comment,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) => ({
  networkId: comment.networkId,
  action,
  subjectType: 'COMMENT',
  subjectId: comment.id,
  before,
  after: { threadId: comment.threadId, ...after },
});

function activity(
  thread: Thread,
  subject: DiscussionSubject,
  comment: Comment,
  change: 'POSTED' | 'EDITED' | 'REMOVED',
) {
  return {
    room: subject.room,
    type: 'thread.activity' as const,
    data: {
      threadId: thread.id,
      subjectType: thread.subjectType,
      subjectId: thread.subjectId,
      commentId: comment.id,
      change,
    },
  };
}
