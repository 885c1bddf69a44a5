import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/user.entity.js';

/** One digest mail sent to a person: the next may go an hour later at the earliest. */
@Entity('notification_digests')
@Index('ix_notification_digests_user_sent', ['userId', 'sentAt'])
export class NotificationDigest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** By the job clock (tests move it). */
  @Column('timestamptz')
  sentAt!: Date;

  @Column('int')
  notificationCount!: number;
}
