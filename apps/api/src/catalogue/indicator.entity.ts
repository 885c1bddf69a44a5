import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerType, Polarity } from '@samrad/domain';
import { IndicatorSet } from './indicator-set.entity.js';

@Entity('indicators')
@Index('uq_indicators_set_code', ['indicatorSetId', 'code'], { unique: true })
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  indicatorSetId!: string;

  @ManyToOne(() => IndicatorSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_set_id' })
  indicatorSet?: IndicatorSet;

  /** Order within the set, as in the source questionnaire. */
  @Column('int')
  position!: number;

  /** Stable across years: the same code in next year's set is the same question. */
  @Index()
  @Column('text')
  code!: string;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  guidance!: string | null;

  @Column('text', { nullable: true })
  section!: string | null;

  @Column('text')
  answerType!: AnswerType;

  @Column('text', { array: true, nullable: true })
  options!: string[] | null;

  @Column('text', { nullable: true })
  unit!: string | null;

  @Column('text', { default: 'NEUTRAL' })
  polarity!: Polarity;

  @Column('double precision', { nullable: true })
  nationalReference!: number | null;
}
