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
import { Commitment } from './commitment.entity.js';

/** A municipality's own follow-up measure on its commitment (e.g. "share of new staff trained in ASI"). */
@Entity('goal_local_measures')
@Index(['commitmentId', 'createdAt'])
export class LocalMeasure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  commitmentId!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Commitment;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  unit!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One value of a local measure, for one day. */
@Entity('goal_local_measure_values')
@Index(['measureId', 'measuredOn'])
export class LocalMeasureValue {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  measureId!: string;

  @ManyToOne(() => LocalMeasure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: LocalMeasure;

  @Column('double precision')
  value!: number;

  @Column('date')
  measuredOn!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
