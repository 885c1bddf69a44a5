import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NetworkRole } from '@samrad/domain';
import { User } from '../../identity/user.entity.js';
import { Municipality } from '../../municipalities/municipality.entity.js';
import { Network } from '../network.entity.js';

/**
 * One role a user holds in a network. COORDINATOR is network-wide (no municipality); HEAD and
 * EDITOR act for one municipality of the network; VIEWER may be either.
 */
@Entity('memberships')
@Index('uq_memberships_network_wide', ['networkId', 'userId', 'role'], {
  unique: true,
  where: 'municipality_id IS NULL',
})
@Index('uq_memberships_municipal', ['networkId', 'userId', 'role', 'municipalityId'], {
  unique: true,
  where: 'municipality_id IS NOT NULL',
})
export class Membership {
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
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  role!: NetworkRole;

  @Index()
  @Column('uuid', { nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
