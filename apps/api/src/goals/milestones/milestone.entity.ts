import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Goal } from '../goal.entity.js';

/** A step on the way to a goal, kept by the coordinator; done by whom and when. */
@Entity('goal_milestones')
@Index(['goalId', 'dueDate'])
export class Milestone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @Column('text')
  title!: string;

  /** Reminders before it falls due read this (with `done_at IS NULL`). */
  @Index()
  @Column('timestamptz', { nullable: true })
  dueDate!: Date | null;

  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  doneById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'done_by_id' })
  doneBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
