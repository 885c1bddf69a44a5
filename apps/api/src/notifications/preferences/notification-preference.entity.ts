import type { NotificationChannel, NotificationKind } from '@samrad/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../identity/user.entity.js';

/** A person's own choice for one kind (without a row: DEFAULT_NOTIFICATION_CHANNELS). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn('text')
  kind!: NotificationKind;

  @Column('text')
  channel!: NotificationChannel;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
