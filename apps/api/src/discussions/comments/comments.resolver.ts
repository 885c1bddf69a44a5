import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { editCommentSchema, hideCommentSchema, isCommentAuthor, postCommentSchema } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { userById } from '../../identity/identity.loaders.js';
import { UserType } from '../../identity/user.types.js';
import { commentById, mentionsOfComment, revisionsOfComment, threadById } from '../discussions.loaders.js';
import { DiscussionSubjects } from '../subjects/discussion-subjects.js';
import { ThreadType } from '../threads/threads.types.js';
import { CommentRevisionType, CommentType, PostCommentInput } from './comments.types.js';
import { CommentsService } from './comments.service.js';

const commentIdSchema = z.object({ commentId: z.uuid('Comment is not a valid id') });

@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly subjects: DiscussionSubjects,
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => CommentType, {
    description:
      'One comment, for a permalink: its thread names the subject to show it beside. NOT_FOUND outside my networks.',
  })
  async comment(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.load(ctx, id);
  }

  @Mutation(() => CommentType, {
    description:
      'Every member may comment (viewers too). The first comment on a subject starts its thread; mentions of ' +
      'members are kept, others become plain text. The author and those mentioned follow the thread.',
  })
  async postComment(
    @Args('input') input: PostCommentInput,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const post = parseInput(postCommentSchema, input);
    const subject = await this.subjects.find(post.subjectType, post.subjectId, this.dataSource);
    if (!subject) throw notFound('Subject');
    await this.policy.require(ctx, 'discussion.post', { networkId: subject.networkId }, 'Subject');
    return this.comments.post(user, post, subject);
  }

  @Mutation(() => CommentType, { description: 'Its author only; the earlier text is kept in history.' })
  async editComment(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const edit = parseInput(editCommentSchema, { commentId, body });
    await this.asAuthor(ctx, user, edit.commentId);
    return this.comments.edit(user, edit);
  }

  @Mutation(() => CommentType, { description: 'Its author only: it stays in place as "comment removed".' })
  async deleteComment(
    @Args('commentId', { type: () => ID }) commentId: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const { commentId: id } = parseInput(commentIdSchema, { commentId });
    await this.asAuthor(ctx, user, id);
    return this.comments.remove(user, id);
  }

  @Mutation(() => CommentType, {
    description: 'Coordinators only: the comment is hidden, the reason shown in its place.',
  })
  async hideComment(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthUser,
    @Context() ctx: RequestContext,
  ) {
    const hide = parseInput(hideCommentSchema, { commentId, reason });
    const comment = await this.load(ctx, hide.commentId);
    await this.policy.require(ctx, 'discussion.moderate', { networkId: comment.networkId }, 'Comment');
    return this.comments.hide(user, hide);
  }

  @ResolveField(() => ThreadType)
  async thread(@Parent() comment: CommentType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(threadById).load(comment.threadId);
  }

  @ResolveField(() => UserType)
  async author(@Parent() comment: CommentType, @Context() ctx: RequestContext) {
    return ctx.loaders.of(userById).load(comment.authorId);
  }

  @ResolveField(() => String, { description: 'Markdown; empty once the comment is removed or hidden.' })
  body(@Parent() comment: CommentType): string {
    return comment.status === 'VISIBLE' ? comment.body : '';
  }

  @ResolveField(() => [UserType], { description: 'The members the comment mentions.' })
  async mentions(@Parent() comment: CommentType, @Context() ctx: RequestContext) {
    if (comment.status !== 'VISIBLE') return [];
    const ids = await ctx.loaders.of(mentionsOfComment).load(comment.id);
    return (await ctx.loaders.of(userById).loadMany(ids)).filter((user) => user && !(user instanceof Error));
  }

  @ResolveField(() => [CommentRevisionType], {
    description: 'Earlier texts of an edited comment, oldest first (none once it is removed).',
  })
  async history(@Parent() comment: CommentType, @Context() ctx: RequestContext) {
    if (comment.status !== 'VISIBLE' || !comment.editedAt) return [];
    return ctx.loaders.of(revisionsOfComment).load(comment.id);
  }

  /** The comment, if the caller may read it (NOT_FOUND otherwise, exactly as for a missing one). */
  private async load(ctx: RequestContext, id: string): Promise<CommentType> {
    const { commentId } = parseInput(commentIdSchema, { commentId: id });
    const comment = await ctx.loaders.of(commentById).load(commentId);
    if (!comment) throw notFound('Comment');
    await this.policy.require(ctx, 'network.view', { networkId: comment.networkId }, 'Comment');
    return comment;
  }

  /** A member may read the comment; only its author may change it (FORBIDDEN for the other members). */
  private async asAuthor(ctx: RequestContext, user: AuthUser, commentId: string): Promise<void> {
    const comment = await this.load(ctx, commentId);
    await this.policy.require(ctx, 'discussion.post', { networkId: comment.networkId }, 'Comment');
    if (!isCommentAuthor(user.id, comment)) throw forbidden('Only its author can change or delete a comment');
  }
}
