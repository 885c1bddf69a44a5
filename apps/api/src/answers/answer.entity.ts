import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AnswerStatus } from '@samrad/domain';
import { Indicator } from '../catalogue/indicator.entity.js';
import { User } from '../identity/user.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Round } from '../rounds/round.entity.js';

/**
 * One municipality's answer to one question in one round. The value sits in one typed column
 * per answer type (as in the contract's AnswerValue), so compilation can aggregate in SQL.
 */
@Entity('answers')
@Unique(['roundId', 'municipalityId', 'indicatorId'])
@Index(['roundId', 'indicatorId'])
export class Answer {
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

  @Index()
  @Column('uuid')
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column('boolean', { nullable: true })
  valueBoolean!: boolean | null;

  @Column('double precision', { nullable: true })
  valueNumber!: number | null;

  @Column('text', { nullable: true })
  valueText!: string | null;

  @Column('text', { nullable: true })
  valueChoice!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('text', { default: 'DRAFT' })
  status!: AnswerStatus;

  @Index()
  @Column('uuid', { nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
