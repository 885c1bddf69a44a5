import type { ProgressStatus } from '@samrad/domain';
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
import { Municipality } from '../../municipalities/municipality.entity.js';
import { Goal } from '../goal.entity.js';

/** One progress report of a municipality on a goal; never changed (the goal's timeline). */
@Entity('goal_progress_updates')
@Index(['goalId', 'reportedAt'])
@Index(['municipalityId', 'goalId', 'reportedAt'])
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @Column('uuid')
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column('text')
  status!: ProgressStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('double precision', { nullable: true })
  value!: number | null;

  @Index()
  @Column('uuid')
  reportedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  reportedAt!: Date;
}
