import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SubjectType } from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import type { AuthUser } from '../../common/request-context.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import type { DiscussionSubject } from '../subjects/discussion-subjects.js';
import { ThreadFollower, type FollowReason } from './thread-follower.entity.js';
import { Thread } from './thread.entity.js';

interface SubjectKey {
  subjectType: SubjectType;
  subjectId: string;
}

/** Threads of a subject, and who follows them. */
@Injectable()
export class ThreadsService {
  readonly entity = Thread;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** The subject's threads, oldest first. */
  ofSubject(networkId: string, key: SubjectKey): Promise<Thread[]> {
    return this.dataSource.getRepository(Thread).find({
      where: { networkId, subjectType: key.subjectType, subjectId: key.subjectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async byId(db: DataSource | EntityManager, threadId: string): Promise<Thread> {
    const thread = await (db instanceof DataSource ? db.manager : db).findOneBy(Thread, { id: threadId });
    if (!thread) throw notFound('Thread');
    return thread;
  }

  create(
    manager: EntityManager,
    actor: AuthUser,
    key: SubjectKey,
    subject: DiscussionSubject,
    title: string,
  ): Promise<Thread> {
    return manager.save(
      manager.create(Thread, {
        networkId: subject.networkId,
        subjectType: key.subjectType,
        subjectId: key.subjectId,
        roundId: subject.roundId,
        title,
        createdById: actor.id,
      }),
    );
  }

  /** The subject's first thread, started (titled after the subject) by the first comment on it. */
  async firstOrCreate(
    manager: EntityManager,
    actor: AuthUser,
    key: SubjectKey,
    subject: DiscussionSubject,
  ): Promise<Thread> {
    const first = () =>
      manager.findOne(Thread, {
        where: { networkId: subject.networkId, subjectType: key.subjectType, subjectId: key.subjectId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    const existing = await first();
    if (existing) return existing;
    // two first comments at once must not start two threads: the second waits here, then finds the first's
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `thread:${key.subjectType}:${key.subjectId}`,
    ]);
    return (await first()) ?? this.create(manager, actor, key, subject, subject.defaultTitle);
  }

  /** Adds followers (someone already following keeps their reason). */
  async follow(manager: EntityManager, threadId: string, who: { userId: string; reason: FollowReason }[]) {
    if (!who.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ThreadFollower)
      .values(who.map(({ userId, reason }) => ({ threadId, userId, reason })))
      .orIgnore()
      .execute();
  }

  /** Follow or stop following a thread by choice (not audited, no room event: it concerns only the caller). */
  async setFollowing(actor: AuthUser, threadId: string, following: boolean): Promise<Thread> {
    return this.uow.run(async ({ manager, record }) => {
      const thread = await this.byId(manager, threadId);
      if (following) await this.follow(manager, threadId, [{ userId: actor.id, reason: 'CHOSE' }]);
      else await manager.delete(ThreadFollower, { threadId, userId: actor.id });
      await record({ actorId: actor.id });
      return thread;
    });
  }
}
