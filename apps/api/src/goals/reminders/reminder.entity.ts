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
import { Goal } from '../goal.entity.js';

export const REMINDER_KINDS = ['PROGRESS_DUE', 'MILESTONE_DUE'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * One reminder, claimed before it is sent: the unique (kind, subject, recipient, period) makes it
 * once per period however many workers scan at the same moment. PROGRESS_DUE: the subject is a
 * commitment whose last update is older than the network's follow-up interval (period: the last
 * update and how many intervals have passed since); MILESTONE_DUE: the subject is a milestone due
 * within a week (period: its due date).
 */
@Entity('goal_reminders')
@Index('uq_goal_reminders_period', ['kind', 'subjectId', 'recipientId', 'period'], { unique: true })
export class GoalReminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: ReminderKind;

  @Column('uuid')
  subjectId!: string;

  @Index()
  @Column('uuid')
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Column('text')
  period!: string;

  @Index()
  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  /** The moment the reminder is about: when the update fell due, or the milestone's due date. */
  @Column('timestamptz')
  dueAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the notification went out (null: its job has not succeeded yet). */
  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
