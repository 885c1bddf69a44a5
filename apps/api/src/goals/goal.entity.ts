import type { GoalStatus } from '@samrad/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Indicator } from '../catalogue/indicator.entity.js';
import { User } from '../identity/user.entity.js';
import { Network } from '../networks/network.entity.js';
import { Round } from '../rounds/round.entity.js';

/**
 * A joint development goal of a network. It is set from a round's results (`baselineRoundId`) but
 * lives at network level: later rounds of the same area follow it up by indicator code.
 */
@Entity('goals')
@Index(['networkId', 'createdAt'])
export class Goal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Index()
  @Column('uuid', { nullable: true })
  baselineRoundId!: string | null;

  @ManyToOne(() => Round, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'baseline_round_id' })
  baselineRound?: Round;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text', { nullable: true })
  target!: string | null;

  @Column('timestamptz', { nullable: true })
  dueDate!: Date | null;

  @Column('text', { default: 'PROPOSED' })
  status!: GoalStatus;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An indicator (a question of the baseline round's set) a goal is measured by, in the order given. */
@Entity('goal_indicators')
export class GoalIndicator {
  @PrimaryColumn('uuid')
  goalId!: string;

  @Index()
  @PrimaryColumn('uuid')
  indicatorId!: string;

  @Column('int')
  position!: number;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;
}

/** One change of a goal's status, with the coordinator's reason: the goal's history. */
@Entity('goal_status_changes')
@Index(['goalId', 'changedAt'])
export class GoalStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @Column('text', { nullable: true })
  fromStatus!: GoalStatus | null;

  @Column('text')
  toStatus!: GoalStatus;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  changedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
