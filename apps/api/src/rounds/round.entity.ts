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
import type { RoundPhase } from '@samrad/domain';
import { IndicatorSet } from '../catalogue/indicator-set.entity.js';
import { User } from '../identity/user.entity.js';
import { Network } from '../networks/network.entity.js';

/** A network working through one indicator set, phase by phase. */
@Entity('rounds')
export class Round {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Index()
  @Column('uuid')
  indicatorSetId!: string;

  @ManyToOne(() => IndicatorSet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_set_id' })
  indicatorSet?: IndicatorSet;

  @Column('text')
  title!: string;

  @Column('text', { default: 'DRAFT' })
  phase!: RoundPhase;

  /** Optional deadline per phase, keyed by phase name (ISO timestamps). */
  @Column('jsonb', { default: {} })
  phaseDeadlines!: Partial<Record<RoundPhase, string>>;

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

  @VersionColumn()
  version!: number;
}
