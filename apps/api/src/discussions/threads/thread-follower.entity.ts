import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Thread } from './thread.entity.js';

export const FOLLOW_REASONS = ['POSTED', 'MENTIONED', 'CHOSE'] as const;
export type FollowReason = (typeof FOLLOW_REASONS)[number];

/** Someone follows a thread: automatically when they post or are mentioned, or because they chose to. */
@Entity('thread_followers')
export class ThreadFollower {
  @PrimaryColumn('uuid')
  threadId!: string;

  @Index()
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  reason!: FollowReason;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
