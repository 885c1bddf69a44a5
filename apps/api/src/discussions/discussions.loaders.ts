import type { DataSource } from 'typeorm';
import { byId, defineLoader } from '../common/loaders.js';
import { isUuid } from '../common/ids.js';
import type { CommentRevisionType, CommentType } from './comments/comments.types.js';
import { Thread } from './threads/thread.entity.js';

/** Per-request loaders of discussions: one statement per relation, whatever the number of threads. */

export const threadById = byId('threadById', Thread);

/** A comment's columns (never its search vector). */
const COMMENT_COLUMNS = `c.id, c.thread_id AS "threadId", c.network_id AS "networkId", c.reply_to_id AS "replyToId",
  c.author_id AS "authorId", c.body, c.locale, c.status, c.hidden_reason AS "hiddenReason",
  c.hidden_by_id AS "hiddenById", c.created_at AS "createdAt", c.edited_at AS "editedAt", c.removed_at AS "removedAt"`;

export function selectComments(
  dataSource: DataSource,
  where: string,
  params: unknown[],
): Promise<CommentType[]> {
  return dataSource.query(`SELECT ${COMMENT_COLUMNS} FROM comments c ${where}`, params);
}

export const commentById = defineLoader<string, CommentType | null>(
  'commentById',
  async (ids, dataSource) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await selectComments(dataSource, 'WHERE c.id = ANY($1::uuid[])', [valid])
      : [];
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  },
);

/** A thread's comments, oldest first (replies among them, each after the comment it answers). */
export const commentsOfThread = defineLoader<string, CommentType[]>(
  'commentsOfThread',
  async (ids, dataSource) => {
    const rows = await selectComments(
      dataSource,
      'WHERE c.thread_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id',
      [[...ids]],
    );
    const groups = new Map<string, CommentType[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.threadId)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  },
);

/** The members a comment mentions (user ids, by comment). */
export const mentionsOfComment = defineLoader<string, string[]>(
  'mentionsOfComment',
  async (ids, dataSource) => {
    const rows: { comment_id: string; user_id: string }[] = await dataSource.query(
      `SELECT comment_id, user_id FROM comment_mentions WHERE comment_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return ids.map((id) => rows.filter((row) => row.comment_id === id).map((row) => row.user_id));
  },
);

/** A comment's earlier texts, oldest first. */
export const revisionsOfComment = defineLoader<string, CommentRevisionType[]>(
  'revisionsOfComment',
  async (ids, dataSource) => {
    const rows: (CommentRevisionType & { commentId: string })[] = await dataSource.query(
      `SELECT comment_id AS "commentId", body, replaced_at AS "replacedAt" FROM comment_revisions
        WHERE comment_id = ANY($1::uuid[]) ORDER BY replaced_at, id`,
      [[...ids]],
    );
    return ids.map((id) => rows.filter((row) => row.commentId === id));
  },
);

/** Whether a user follows a thread, keyed `userId|threadId`. */
export const follows = defineLoader<string, boolean>('follows', async (keys, dataSource) => {
  const pairs = keys.map((key) => key.split('|'));
  const rows: { key: string }[] = await dataSource.query(
    `SELECT f.user_id || '|' || f.thread_id AS key FROM thread_followers f
       JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, thread_id)
         ON k.user_id = f.user_id AND k.thread_id = f.thread_id`,
    [pairs.map(([userId]) => userId), pairs.map(([, threadId]) => threadId)],
  );
  const found = new Set(rows.map((row) => row.key));
  return keys.map((key) => found.has(key));
});
