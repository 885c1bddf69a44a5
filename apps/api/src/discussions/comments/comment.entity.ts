import type { CommentStatus, Locale } from '@samrad/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Network } from '../../networks/network.entity.js';
import { Thread } from '../threads/thread.entity.js';

/**
 * The text search configuration of a comment's locale, as an expression PostgreSQL accepts in a
 * generated column (constant regconfigs are immutable; a cast of the text column would not be).
 */
export const SEARCH_CONFIG_SQL = (locale: string) =>
  `CASE ${locale} WHEN 'da' THEN 'danish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'swedish'::regconfig END`;

/**
 * One comment (markdown). Never deleted: an author's deletion (REMOVED) and a coordinator's hiding
 * (HIDDEN) leave it in place as "comment removed"; an edit keeps the earlier text in `comment_revisions`.
 */
@Entity('comments')
@Index('ix_comments_thread', ['threadId', 'createdAt'])
@Index('ix_comments_network_created', ['networkId', 'createdAt'])
@Index('ix_comments_search', { synchronize: false }) // GIN on search_vector: see the Discussions migration
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  threadId!: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  /** The thread's network, kept here so a network's search reads one table. */
  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  /** The top-level comment this one answers (replies are one level deep). */
  @Index()
  @Column('uuid', { nullable: true })
  replyToId!: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: Comment;

  @Index()
  @Column('uuid')
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column('text')
  body!: string;

  /** The author's locale when they wrote it: the language it is stemmed in for search. */
  @Column('text')
  locale!: Locale;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector(${SEARCH_CONFIG_SQL('locale')}, body)`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @Column('text', { default: 'VISIBLE' })
  status!: CommentStatus;

  @Column('text', { nullable: true })
  hiddenReason!: string | null;

  @Column('uuid', { nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  removedAt!: Date | null;
}

/** An earlier text of an edited comment, and until when it stood. */
@Entity('comment_revisions')
@Index(['commentId', 'replacedAt'])
export class CommentRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  commentId!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @Column('text')
  body!: string;

  /** When this text was replaced by the next one. */
  @Column('timestamptz')
  replacedAt!: Date;
}

/** A member of the network a comment mentions (resolved by the API; others stay plain text). */
@Entity('comment_mentions')
export class CommentMention {
  @Column('uuid', { primary: true })
  commentId!: string;

  @Index()
  @Column('uuid', { primary: true })
  userId!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
