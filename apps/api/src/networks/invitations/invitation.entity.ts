import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { InvitationMailStatus, NetworkRole } from '@samrad/domain';
import { User } from '../../identity/user.entity.js';
import { Municipality } from '../../municipalities/municipality.entity.js';
import { Network } from '../network.entity.js';

/** An invitation to join a network in a role; the single-use token is stored only as a hash. */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Index()
  @Column('text')
  email!: string;

  @Column('text')
  role!: NetworkRole;

  @Index()
  @Column('uuid', { nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Index('uq_invitations_token_hash', { unique: true })
  @Column('text')
  tokenHash!: string;

  @Index()
  @Column('uuid')
  invitedById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  acceptedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: User;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The invitee said no (from the link, signed in or not); re-sending opens it again. */
  @Column('timestamptz', { nullable: true })
  declinedAt!: Date | null;

  /** Whether the e-mail with the current link went out (null: made before this was recorded). */
  @Column('text', { nullable: true })
  mailStatus!: InvitationMailStatus | null;

  @Column('timestamptz', { nullable: true })
  mailSentAt!: Date | null;

  /** The last time the mail server refused or could not be reached (the job then retries). */
  @Column('timestamptz', { nullable: true })
  mailFailedAt!: Date | null;
}
