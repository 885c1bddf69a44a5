import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMMENT_STATUSES, type CommentStatus, type Locale, type SubjectType } from '@samrad/domain';
import { SubjectTypeEnum } from '../threads/threads.types.js';

export const CommentStatusEnum = Object.fromEntries(COMMENT_STATUSES.map((value) => [value, value])) as {
  [K in CommentStatus]: K;
};
registerEnumType(CommentStatusEnum, {
  name: 'CommentStatus',
  description:
    'VISIBLE; REMOVED (deleted by its author) or HIDDEN (by a coordinator, with a reason): both stay in place ' +
    'as "comment removed", without their text.',
});

@ObjectType('Comment', { description: 'One comment of a thread, in markdown.' })
export class CommentType {
  @Field(() => ID) id!: string;
  threadId!: string;
  networkId!: string;
  authorId!: string;
  hiddenById!: string | null;
  locale!: Locale;
  /** The text as stored; the `body` field withholds it once the comment is removed. */
  body!: string;
  @Field(() => ID, { nullable: true, description: 'The top-level comment this reply answers.' })
  replyToId!: string | null;
  @Field(() => CommentStatusEnum) status!: CommentStatus;
  @Field(() => String, { nullable: true, description: 'Why a coordinator hid the comment.' })
  hiddenReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When its author last changed it (null: never).' })
  editedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was deleted or hidden.' })
  removedAt!: Date | null;
}

@ObjectType('CommentRevision', { description: 'An earlier text of an edited comment.' })
export class CommentRevisionType {
  @Field() body!: string;
  @Field({ description: 'When the next text replaced it.' }) replacedAt!: Date;
}

@InputType('PostCommentInput')
export class PostCommentInput {
  @Field(() => SubjectTypeEnum) subjectType!: SubjectType;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'Markdown, at most 10,000 characters. Mention a member as `@[Name](user:<id>)`.' })
  body!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Start a new thread on the subject with this title (default: post in the subject's first thread).",
  })
  threadTitle?: string | null;
  @Field(() => ID, { nullable: true, description: 'Post in this thread of the subject.' })
  threadId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Reply to this comment (one level: replying to a reply answers its parent).',
  })
  replyToId?: string | null;
}
