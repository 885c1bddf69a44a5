import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { threadsSchema, type SubjectType } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { CommentType } from '../comments/comments.types.js';
import { commentsOfThread, follows, threadById } from '../discussions.loaders.js';
import { DiscussionSubjects } from '../subjects/discussion-subjects.js';
import { SubjectTypeEnum, ThreadType } from './threads.types.js';
import { ThreadsService } from './threads.service.js';

const threadIdSchema = z.object({ threadId: z.uuid('Thread is not a valid id') });

@Resolver(() => ThreadType)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly subjects: DiscussionSubjects,
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [ThreadType], {
    description:
      "The subject's threads, oldest first (none until someone comments). NOT_FOUND unless I am a member of " +
      "the subject's network (and for subject types not built yet).",
  })
  async threads(
    @Args('subjectType', { type: () => SubjectTypeEnum }) subjectType: SubjectType,
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Context() ctx: RequestContext,
  ) {
    const key = parseInput(threadsSchema, { subjectType, subjectId });
    const subject = await this.subjects.find(key.subjectType, key.subjectId, this.dataSource);
    if (!subject) throw notFound('Subject');
    await this.policy.require(ctx, 'network.view', { networkId: subject.networkId }, 'Subject');
    return this.service.ofSubject(subject.networkId, key);
  }

  @Mutation(() => ThreadType, {
    description: 'Follow a thread (posting in it or being mentioned does so too).',
  })
  async followThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    return this.service.setFollowing(user, await this.authorize(ctx, threadId), true);
  }

  @Mutation(() => ThreadType, {
    description: 'Stop following a thread (until I post in it or am mentioned again).',
  })
  async unfollowThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    return this.service.setFollowing(user, await this.authorize(ctx, threadId), false);
  }

  @ResolveField(() => [CommentType], {
    description:
      'Every comment, oldest first; replies carry replyToId. Removed ones stay, without their text.',
  })
  comments(@Parent() thread: ThreadType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(commentsOfThread).load(thread.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether I follow the thread.' })
  following(@Parent() thread: ThreadType, @Context() ctx: RequestContext) {
    return ctx.req.user ? ctx.loaders.of(follows).load(`${ctx.req.user.id}|${thread.id}`) : false;
  }

  /** NOT_FOUND for a thread outside the caller's networks. */
  private async authorize(ctx: RequestContext, threadId: string): Promise<string> {
    const input = parseInput(threadIdSchema, { threadId });
    const thread = await ctx.loaders.of(threadById).load(input.threadId);
    if (!thread) throw notFound('Thread');
    await this.policy.require(ctx, 'discussion.post', { networkId: thread.networkId }, 'Thread');
    return thread.id;
  }
}
