import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { RoundPhase } from '@samrad/domain';
import { User } from '../identity/user.entity.js';
import { Round } from './round.entity.js';

/** The round's phase history: every move, forward or back (with the reason). */
@Entity('round_phase_changes')
@Index('ix_round_phase_changes_round_at', ['roundId', 'changedAt'])
export class RoundPhaseChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column('text', { nullable: true })
  fromPhase!: RoundPhase | null;

  @Column('text')
  toPhase!: RoundPhase;

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
