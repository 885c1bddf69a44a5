import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Indicator } from './indicator.entity.js';

/** A register-based comparison figure for one municipality (e.g. a Kolada value). */
@Entity('indicator_reference_values')
export class IndicatorReferenceValue {
  @PrimaryColumn('uuid')
  indicatorId!: string;

  @Index()
  @PrimaryColumn('uuid')
  municipalityId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column('double precision')
  value!: number;
}
