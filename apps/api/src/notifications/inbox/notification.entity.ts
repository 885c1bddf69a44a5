import type { NotificationKind, NotificationSubjectType } from '@samrad/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Network } from '../../networks/network.entity.js';

/**
 * One thing to tell one person. Unique per (recipient, kind, subject key), so a cause that is
 * announced twice (a job's retry, a comment edited to mention someone again) notifies once.
 * `title` and `detail` are what the bell and the digest show, written when it was created.
 */
@Entity('notifications')
@Index('uq_notifications_key', ['recipientId', 'kind', 'subjectKey'], { unique: true })
// the bell's list, newest first (keyset pagination on created_at, id)
@Index('ix_notifications_recipient_created', ['recipientId', 'createdAt', 'id'])
// the unread count
@Index('ix_notifications_unread', ['recipientId'], { where: 'read_at IS NULL' })
// the digest scan: who has something not yet e-mailed
@Index('ix_notifications_unmailed', ['recipientId', 'kind'], {
  where: 'emailed_at IS NULL AND read_at IS NULL',
})
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Column('text')
  kind!: NotificationKind;

  @Index()
  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column('text')
  subjectType!: NotificationSubjectType;

  @Column('uuid')
  subjectId!: string;

  /** What makes it once: e.g. `comment:<id>`, `phase:<change id>`, `deadline:<round>:<date>`. */
  @Column('text')
  subjectKey!: string;

  /** The web path of its target, e.g. `/comments/<id>`. */
  @Column('text')
  link!: string;

  @Column('text')
  title!: string;

  /**
   * Depends on the kind: a comment's excerpt (cleared when the comment is removed), the phase a
   * round moved to, the deadline (ISO), a reminder's sentence.
   */
  @Column('text', { nullable: true })
  detail!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  /** In a digest (or e-mailed on its own, as reminders and invitations are); null: not yet. */
  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;
}
