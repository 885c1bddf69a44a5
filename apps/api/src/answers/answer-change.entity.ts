import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AnswerStatus, AnswerValue } from '@samrad/domain';
import { User } from '../identity/user.entity.js';
import { Answer } from './answer.entity.js';

export type AnswerChangeKind = 'SAVED' | 'SUBMITTED' | 'APPROVED' | 'REOPENED';

/** One change of an answer, kept for ever: a value or comment saved, or its status moved. */
@Entity('answer_history')
@Index(['answerId', 'id'])
export class AnswerChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  answerId!: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: Answer;

  /** The answer's version after the change. */
  @Column('int')
  version!: number;

  @Column('text')
  kind!: AnswerChangeKind;

  @Column('jsonb', { nullable: true })
  oldValue!: AnswerValue | null;

  @Column('jsonb', { nullable: true })
  newValue!: AnswerValue | null;

  @Column('text', { nullable: true })
  oldComment!: string | null;

  @Column('text', { nullable: true })
  newComment!: string | null;

  @Column('text', { nullable: true })
  oldStatus!: AnswerStatus | null;

  @Column('text')
  newStatus!: AnswerStatus;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
