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
import type { ProposalStatus } from '@samrad/domain';
import { Indicator } from '../catalogue/indicator.entity.js';
import { User } from '../identity/user.entity.js';
import { Round } from '../rounds/round.entity.js';

/**
 * A proposed reading of one question in one round, and what became of it. Rows are never deleted:
 * withdrawn, rejected and superseded proposals are the question's history.
 */
@Entity('interpretation_proposals')
@Index(['roundId', 'indicatorId'])
export class InterpretationProposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Index()
  @Column('uuid')
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;

  @Column('text')
  text!: string;

  @Index()
  @Column('uuid')
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Index()
  @Column('text', { default: 'OPEN' })
  status!: ProposalStatus;

  /** The outcome statement the coordinator recorded (may reword the proposal). */
  @Column('text', { nullable: true })
  outcome!: string | null;

  /** When the network should look at the reading again (a day). */
  @Column('date', { nullable: true })
  reviewBy!: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: User;

  /** The agreed proposal that replaced this one (status SUPERSEDED). */
  @Index()
  @Column('uuid', { nullable: true })
  supersededById!: string | null;

  @ManyToOne(() => InterpretationProposal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: InterpretationProposal;

  /** An earlier round's agreed proposal that this one re-confirms (same indicator code). */
  @Index()
  @Column('uuid', { nullable: true })
  confirmsId!: string | null;

  @ManyToOne(() => InterpretationProposal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'confirms_id' })
  confirms?: InterpretationProposal;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
