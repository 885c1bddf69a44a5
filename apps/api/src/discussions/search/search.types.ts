import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { SubjectType } from '@samrad/domain';
import { CommentType } from '../comments/comments.types.js';
import { SubjectTypeEnum } from '../threads/threads.types.js';

@InputType('SearchDiscussionsInput')
export class SearchDiscussionsInput {
  @Field(() => ID) networkId!: string;
  @Field({
    description:
      'Words to find (web search syntax: "a phrase", -not, or); stemmed in Swedish, Danish and English.',
  })
  query!: string;
  @Field(() => SubjectTypeEnum, { nullable: true }) subjectType?: SubjectType | null;
  @Field(() => ID, { nullable: true, description: 'Only threads on this round or its questions.' })
  roundId?: string | null;
  @Field(() => ID, { nullable: true }) authorId?: string | null;
  @Field(() => Int, { nullable: true, description: 'At most this many hits (1–50, default 20).' })
  first?: number | null;
}

@ObjectType('SnippetPart', {
  description: 'A piece of a hit’s snippet: plain text, highlighted where it matched.',
})
export class SnippetPartType {
  @Field() text!: string;
  @Field() highlighted!: boolean;
}

@ObjectType('DiscussionSearchHit')
export class DiscussionSearchHitType {
  @Field(() => CommentType) comment!: CommentType;
  @Field(() => [SnippetPartType], { description: 'Where the comment matched, as plain text (not markdown).' })
  snippet!: SnippetPartType[];
  @Field(() => Float, { description: 'How well it matched (higher first).' }) rank!: number;
}
