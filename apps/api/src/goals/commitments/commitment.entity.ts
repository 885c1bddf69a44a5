import type { CommitmentStatus } from '@samrad/domain';
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
import { Municipality } from '../../municipalities/municipality.entity.js';
import { Goal } from '../goal.entity.js';

/**
 * A municipality's answer to a goal: COMMITTED with a plan and an owner (a member of the
 * municipality), or DECLINED with a reason. One per goal and municipality; a later answer replaces it.
 */
@Entity('goal_commitments')
@Index('uq_goal_commitments_goal_municipality', ['goalId', 'municipalityId'], { unique: true })
export class Commitment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  /** The dashboard's path: a municipality's commitments across networks. */
  @Index()
  @Column('uuid')
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column('text')
  status!: CommitmentStatus;

  @Column('text', { nullable: true })
  plan!: string | null;

  /** Who follows it up in the municipality (reminders go to them). */
  @Index()
  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Column('text', { nullable: true })
  declineReason!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
