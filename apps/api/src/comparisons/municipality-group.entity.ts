import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../identity/user.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from '../networks/network.entity.js';

/** A saved, named group of similar municipalities of a network, to compare against (e.g. by size). */
@Entity('municipality_groups')
@Index('uq_municipality_groups_network_name', ['networkId', 'name'], { unique: true })
export class MunicipalityGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column('text')
  name!: string;

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
}

/** One municipality of a saved group. */
@Entity('municipality_group_members')
export class MunicipalityGroupMember {
  @PrimaryColumn('uuid')
  groupId!: string;

  @Index()
  @PrimaryColumn('uuid')
  municipalityId!: string;

  @ManyToOne(() => MunicipalityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: MunicipalityGroup;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}
