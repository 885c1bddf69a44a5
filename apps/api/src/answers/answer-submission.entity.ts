import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AnswerStatus } from '@samrad/domain';
import { User } from '../identity/user.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Round } from '../rounds/round.entity.js';

/**
 * Where one municipality's answers stand in one round (DRAFT → SUBMITTED → APPROVED), and the
 * late window the coordinator may grant it. Its row is the lock that orders saves against
 * submitting and approving.
 */
@Entity('answer_submissions')
export class AnswerSubmission {
  @PrimaryColumn('uuid')
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @PrimaryColumn('uuid')
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column('text', { default: 'DRAFT' })
  status!: AnswerStatus;

  /** Give-to-get: set on the first submission and kept through a reopening. */
  @Column('timestamptz', { nullable: true })
  firstSubmittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: User;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: User;

  /** The coordinator's late window: answers may change until then, whatever the phase. */
  @Column('timestamptz', { nullable: true })
  lateUntil!: Date | null;
}
