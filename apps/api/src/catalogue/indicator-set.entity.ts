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
import { Network } from '../networks/network.entity.js';

/**
 * One version of a survey's indicator set (e.g. Öppna jämförelser, substance-abuse care, 2026).
 * Sets are immutable: importing the same key and year again makes a new version, so a round
 * always keeps the questions it was opened with.
 */
@Entity('indicator_sets')
// Versions are counted per owner: national sets among themselves, each network's own among its own.
@Index('uq_indicator_sets_national_version', ['key', 'year', 'version'], {
  unique: true,
  where: '"owner_network_id" IS NULL',
})
@Index('uq_indicator_sets_network_version', ['ownerNetworkId', 'key', 'year', 'version'], {
  unique: true,
  where: '"owner_network_id" IS NOT NULL',
})
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

  /** The network whose own set this is (its members see it, its rounds use it); null = national. */
  @Index()
  @Column('uuid', { nullable: true })
  ownerNetworkId!: string | null;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_network_id' })
  ownerNetwork?: Network;

  @Index()
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
