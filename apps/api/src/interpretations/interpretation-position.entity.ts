import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Stance } from '@samrad/domain';
import { User } from '../identity/user.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { InterpretationProposal } from './interpretation-proposal.entity.js';

/**
 * A municipality's position on a proposal. A later position replaces the earlier one (which stays,
 * `current` false, as history): at most one current position per proposal and municipality.
 */
@Entity('interpretation_positions')
@Index('uq_interpretation_positions_current', ['proposalId', 'municipalityId'], {
  unique: true,
  where: 'current',
})
export class InterpretationPosition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  proposalId!: string;

  @ManyToOne(() => InterpretationProposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: InterpretationProposal;

  @Index()
  @Column('uuid')
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  stance!: Stance;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('boolean', { default: true })
  current!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  castAt!: Date;
}
