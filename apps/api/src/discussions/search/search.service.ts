import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { searchDiscussionsSchema } from '@samrad/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { SEARCH_CONFIG_SQL } from '../comments/comment.entity.js';
import type { CommentType } from '../comments/comments.types.js';
import type { DiscussionSearchHitType, SnippetPartType } from './search.types.js';

/** Marks of a highlight: control characters, which no comment can contain (plainString refuses them). */
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const MENTION = /@\[([^\]\n]{1,100})\]\(user:[0-9a-f-]{36}\)/gi;

/**
 * Full-text search over a network's visible comments. Each comment is stemmed in its author's language
 * (the generated `search_vector`, GIN-indexed); the query is stemmed in all three and any may match,
 * since a reader searches in their own language what others wrote in theirs. Snippets come from
 * ts_headline in the comment's language.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(input: z.output<typeof searchDiscussionsSchema>): Promise<DiscussionSearchHitType[]> {
    const rows: (CommentType & { snippet: string; rank: number })[] = await this.dataSource.query(
      `WITH q AS (
         SELECT websearch_to_tsquery('swedish', $2) AS sv, websearch_to_tsquery('danish', $2) AS da,
                websearch_to_tsquery('english', $2) AS en
       ), hits AS (
         SELECT c.*, CASE c.locale WHEN 'da' THEN q.da WHEN 'en' THEN q.en ELSE q.sv END AS own
           FROM comments c JOIN threads t ON t.id = c.thread_id, q
          WHERE c.network_id = $1 AND c.status = 'VISIBLE' AND c.search_vector @@ (q.sv || q.da || q.en)
            AND ($3::text IS NULL OR t.subject_type = $3)
            AND ($4::uuid IS NULL OR t.round_id = $4)
            AND ($5::uuid IS NULL OR c.author_id = $5)
          ORDER BY ts_rank(c.search_vector, q.sv || q.da || q.en) DESC, c.created_at DESC
          LIMIT $6
       )
       SELECT h.id, h.thread_id AS "threadId", h.network_id AS "networkId", h.reply_to_id AS "replyToId",
              h.author_id AS "authorId", h.body, h.locale, h.status, h.hidden_reason AS "hiddenReason",
              h.hidden_by_id AS "hiddenById", h.created_at AS "createdAt", h.edited_at AS "editedAt",
              h.removed_at AS "removedAt", ts_rank(h.search_vector, h.own)::float8 AS rank,
              ts_headline(${SEARCH_CONFIG_SQL('h.locale')}, h.body, h.own, $7) AS snippet
         FROM hits h ORDER BY rank DESC, h.created_at DESC`,
      [
        input.networkId,
        input.query,
        input.subjectType ?? null,
        input.roundId ?? null,
        input.authorId ?? null,
        input.first ?? 20,
        HEADLINE,
      ],
    );
    return rows.map(({ snippet, rank, ...comment }) => ({ comment, rank, snippet: snippetParts(snippet) }));
  }
}

/** ts_headline's text with its marks, as plain parts (mention tokens read as `@Name`). */
export function snippetParts(headline: string): SnippetPartType[] {
  const parts: SnippetPartType[] = [];
  for (const [index, piece] of headline.replace(MENTION, '@$1').split(START).entries()) {
    const [marked, rest] = index === 0 ? [null, piece] : piece.split(STOP);
    if (marked) parts.push({ text: marked, highlighted: true });
    if (rest) parts.push({ text: rest, highlighted: false });
  }
  return parts;
}
