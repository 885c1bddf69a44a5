import type { MeetingStatus } from '@samrad/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Goal } from '../goals/goal.entity.js';
import { User } from '../identity/user.entity.js';
import { InterpretationProposal } from '../interpretations/interpretation-proposal.entity.js';
import { Network } from '../networks/network.entity.js';

/**
 * A meeting of a network: when and where (a place, an https link, or both), its minutes (markdown) and
 * status. Its agenda and decisions are rows of their own, in order. `version` is the optimistic lock
 * editors send back as `expectedVersion`.
 */
@Entity('meetings')
@Index(['networkId', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column('text')
  title!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz', { nullable: true })
  endsAt!: Date | null;

  @Column('text', { nullable: true })
  place!: string | null;

  @Column('text', { nullable: true })
  onlineUrl!: string | null;

  @Column('text', { default: 'PLANNED' })
  status!: MeetingStatus;

  @Column('text', { default: '' })
  minutes!: string;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One item of a meeting's agenda, in order (`position` from 0). */
@Entity('meeting_agenda_items')
@Index(['meetingId', 'position'])
export class MeetingAgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('int')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  notes!: string | null;
}

/** A decision of a meeting, optionally about a goal or an interpretation of the same network. */
@Entity('meeting_decisions')
@Index(['meetingId', 'createdAt'])
export class MeetingDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('text')
  text!: string;

  @Index()
  @Column('uuid', { nullable: true })
  goalId!: string | null;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;

  @Index()
  @Column('uuid', { nullable: true })
  interpretationId!: string | null;

  @ManyToOne(() => InterpretationProposal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interpretation_id' })
  interpretation?: InterpretationProposal;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
