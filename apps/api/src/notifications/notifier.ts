import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationSubjectType } from '@samrad/domain';
import { MailerService, type OutgoingMail } from './mailer.service.js';
import { PreferencesService } from './preferences/preferences.service.js';

/** Something to tell one person, with what each channel needs to say it. */
export interface Notification {
  recipient: { id: string; email: string; locale: string };
  kind: NotificationKind;
  networkId: string;
  subjectType: NotificationSubjectType;
  subjectId: string;
  /** Once per recipient, kind and key (a retry of the job must not notify twice in-app). */
  key: string;
  /** What the bell shows. */
  title: string;
  /** The e-mail, already in the recipient's language, sent at once (not in a digest). */
  mail: OutgoingMail;
}

/** A way to reach people besides the e-mail: in-app notifications (inbox/in-app-channel.ts). */
export interface NotificationChannel {
  readonly name: string;
  /**
   * Throws when the notification could not be delivered (the job retries). `mailed`: the e-mail
   * goes out on its own as well (so it is not repeated in a digest).
   */
  deliver(notification: Notification, mailed: boolean): Promise<void>;
}

/**
 * Delivers notifications that jobs send on their own (reminders), as the recipient chose for the
 * kind: OFF nothing, IN_APP the other channels, EMAIL those and the e-mail. A channel that throws
 * fails the job, which the queue retries, so channels run before the e-mail and must tolerate a
 * repeat of a notification they already delivered (in-app: keyed by kind and key).
 */
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [];

  constructor(
    private readonly mailer: MailerService,
    private readonly preferences: PreferencesService,
  ) {}

  register(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  /** Whether anything can be delivered at all (no mail server and no other channel: nothing to do). */
  get enabled(): boolean {
    return this.mailer.enabled || this.channels.length > 0;
  }

  async deliver(notification: Notification): Promise<void> {
    const channel = (await this.preferences.channels([notification.recipient.id], notification.kind)).get(
      notification.recipient.id,
    );
    if (channel === 'OFF') return;
    const mail = channel === 'EMAIL' && this.mailer.enabled;
    for (const other of this.channels) await other.deliver(notification, mail);
    if (mail) await this.mailer.send(notification.mail);
  }
}
