import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Country } from '@samrad/domain';

@Entity('municipalities')
@Index('uq_municipalities_country_code', ['country', 'code'], { unique: true })
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  country!: Country;

  /** SCB's 4-digit kommunkod in Sweden, the 3-digit kommunekode in Denmark. */
  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  countyCode!: string | null;

  /** The name folded for search (lower case, no diacritics): "jarf" finds Järfälla. */
  @Index('ix_municipalities_search_name')
  @Column('text')
  searchName!: string;
}
