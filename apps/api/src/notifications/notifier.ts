import { Injectable } from '@nestjs/common';
import { MailerService, type OutgoingMail } from './mailer.service.js';

/** Something to tell one person, with what each channel needs to say it. */
export interface Notification {
  recipient: { id: string; email: string; locale: string };
  /** What it is about, for channels that list or group notifications (e.g. `goal.progressDue`). */
  kind: string;
  networkId: string;
  subjectId: string;
  /** The e-mail, already in the recipient's language. */
  mail: OutgoingMail;
}

/** A way to reach people: e-mail now; in-app notifications (issue 17) register one more. */
export interface NotificationChannel {
  readonly name: string;
  /** Throws when the notification could not be delivered (the job retries). */
  deliver(notification: Notification): Promise<void>;
}

/**
 * Delivers notifications on every registered channel. Jobs call it (reminders): a channel that
 * throws fails the job, which the queue retries, so a channel must tolerate a repeat of a
 * notification it already delivered (in-app: keyed by kind and subject).
 */
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [];

  constructor(private readonly mailer: MailerService) {
    this.channels.push({ name: 'email', deliver: (n) => this.mailer.send(n.mail) });
  }

  /** Adds a channel (in-app notifications will). */
  register(channel: NotificationChannel): void {
    this.channels.push(channel);
  }

  /** Whether anything can be delivered at all (no mail server and no other channel: nothing to do). */
  get enabled(): boolean {
    return this.mailer.enabled || this.channels.length > 1;
  }

  async deliver(notification: Notification): Promise<void> {
    for (const channel of this.channels) {
      if (channel.name === 'email' && !this.mailer.enabled) continue;
      await channel.deliver(notification);
    }
  }
}
