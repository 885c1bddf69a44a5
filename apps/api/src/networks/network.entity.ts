import type { ConsensusRule } from '@samrad/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('networks')
export class Network {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** How the network decides it agrees on an interpretation (libs/domain/src/consensus.ts). */
  @Column('text', { default: 'MAJORITY' })
  consensusRule!: ConsensusRule;

  /** Days a goal commitment may go without a progress update before its owner is reminded. */
  @Column('int', { default: 90 })
  followUpIntervalDays!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
