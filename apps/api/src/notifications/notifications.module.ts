import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { Notifier } from './notifier.js';

/** Outgoing notifications (e-mail now; in-app notifications and digests later). */
@Module({ providers: [MailerService, Notifier], exports: [MailerService, Notifier] })
export class NotificationsModule {}
