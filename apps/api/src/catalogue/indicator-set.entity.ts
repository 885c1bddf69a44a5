import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../identity/user.entity.js';

/**
 * One version of a survey's indicator set (e.g. Öppna jämförelser, substance-abuse care, 2026).
 * Sets are immutable: importing the same key and year again makes a new version, so a round
 * always keeps the questions it was opened with.
 */
@Entity('indicator_sets')
@Index('uq_indicator_sets_key_year_version', ['key', 'year', 'version'], { unique: true })
export class IndicatorSet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  key!: string;

  @Column('int')
  year!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('text')
  title!: string;

  @Index()
  @Column('text')
  area!: string;

  /** Where the set comes from (e.g. "Socialstyrelsen", "Kolada"). */
  @Column('text', { nullable: true })
  source!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
