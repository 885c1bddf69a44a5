import { z } from 'zod';
import { LOCALES, SUBJECT_TYPES, type Locale } from './enums.js';
import { plainString } from './text.js';

/** The longest comment body (markdown), in characters. */
export const COMMENT_BODY_MAX = 10_000;
export const THREAD_TITLE_MAX = 200;
export const HIDE_REASON_MAX = 1_000;
export const SEARCH_QUERY_MAX = 200;

const uuid = (label: string) => z.uuid(`${label} is not a valid id`);

const body = plainString('Body is required', { multiline: true })
  .pipe(z.string().min(1, 'Body is required'))
  .pipe(z.string().max(COMMENT_BODY_MAX, `Body must be at most ${COMMENT_BODY_MAX} characters`));

/**
 * A question within a round is discussed as subject INDICATOR with the id `<roundId>:<indicatorId>`:
 * the same indicator (of a national set) is asked in many rounds and networks, so its id alone names
 * no network.
 */
export const questionSubjectId = (roundId: string, indicatorId: string) =>
  `${roundId.toLowerCase()}:${indicatorId.toLowerCase()}`;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const QUESTION_SUBJECT = new RegExp(`^(${UUID}):(${UUID})$`, 'i');

export function parseQuestionSubjectId(id: string): { roundId: string; indicatorId: string } | null {
  const match = QUESTION_SUBJECT.exec(id);
  return match ? { roundId: match[1].toLowerCase(), indicatorId: match[2].toLowerCase() } : null;
}

/** A subject id: a uuid, or `<roundId>:<indicatorId>` for a question (checked against its type by the API). */
const subjectId = z
  .string('Subject is required')
  .trim()
  .max(80, 'Subject is not a valid id')
  .refine((id) => new RegExp(`^${UUID}$`, 'i').test(id) || QUESTION_SUBJECT.test(id), {
    message: 'Subject is not a valid id',
  })
  .transform((id) => id.toLowerCase());

const subject = { subjectType: z.enum(SUBJECT_TYPES), subjectId };

export const threadsSchema = z.object(subject);

export const postCommentSchema = z.object({
  ...subject,
  body,
  threadTitle: plainString()
    .pipe(z.string().max(THREAD_TITLE_MAX, `Thread title must be at most ${THREAD_TITLE_MAX} characters`))
    .nullish()
    .transform((title) => title || null),
  /** Post in this thread of the subject (default: the subject's first thread, or a new one with `threadTitle`). */
  threadId: uuid('Thread').nullish(),
  /** Reply to this comment (one level: a reply to a reply answers its parent). */
  replyToId: uuid('Comment').nullish(),
});

export const editCommentSchema = z.object({ commentId: uuid('Comment'), body });

export const hideCommentSchema = z.object({
  commentId: uuid('Comment'),
  reason: plainString('A reason is required', { multiline: true })
    .pipe(z.string().min(1, 'A reason is required'))
    .pipe(z.string().max(HIDE_REASON_MAX, `Reason must be at most ${HIDE_REASON_MAX} characters`)),
});

export const searchDiscussionsSchema = z.object({
  networkId: uuid('Network'),
  query: plainString('Search text is required')
    .pipe(z.string().min(1, 'Search text is required'))
    .pipe(z.string().max(SEARCH_QUERY_MAX, `Search text must be at most ${SEARCH_QUERY_MAX} characters`)),
  subjectType: z.enum(SUBJECT_TYPES).nullish(),
  roundId: uuid('Round').nullish(),
  authorId: uuid('Author').nullish(),
  first: z.number().int().min(1).max(50).nullish(),
});

/** PostgreSQL text search configuration per locale: the language a comment is stemmed in. */
export const SEARCH_CONFIGS: Record<Locale, 'swedish' | 'danish' | 'english'> = {
  sv: 'swedish',
  da: 'danish',
  en: 'english',
};

export const commentLocale = (locale: string | null | undefined): Locale =>
  (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : 'sv';

/**
 * A mention as the editor writes it: `@[Display name](user:<uuid>)`. The API keeps it only for
 * members of the network; anyone else becomes plain text (`@Display name`) and is notified of nothing.
 */
const MENTION = new RegExp(`@\\[([^\\]\\n]{1,100})\\]\\(user:(${UUID})\\)`, 'gi');

export const mentionToken = (displayName: string, userId: string) =>
  `@[${displayName.replace(/[[\]\n]/g, ' ')}](user:${userId})`;

export interface Mention {
  label: string;
  userId: string;
}

export function parseMentions(text: string): Mention[] {
  return [...text.matchAll(MENTION)].map((m) => ({ label: m[1], userId: m[2].toLowerCase() }));
}

/** The body with mentions of anyone not in `members` turned into plain text, and who stays mentioned. */
export function resolveMentions(
  text: string,
  members: ReadonlySet<string>,
): { body: string; mentionedUserIds: string[] } {
  const mentioned = new Set<string>();
  const resolved = text.replace(MENTION, (token, label: string, userId: string) => {
    const id = userId.toLowerCase();
    if (!members.has(id)) return `@${label}`;
    mentioned.add(id);
    return token;
  });
  return { body: resolved, mentionedUserIds: [...mentioned] };
}

/** Only the author changes or deletes a comment (a coordinator hides it instead, with a reason). */
export const isCommentAuthor = (userId: string, comment: { authorId: string }) =>
  userId.toLowerCase() === comment.authorId.toLowerCase();

export const COMMENT_STATUSES = ['VISIBLE', 'REMOVED', 'HIDDEN'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
