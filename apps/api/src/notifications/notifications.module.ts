import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';

/** Outgoing notifications (e-mail now; in-app notifications and digests later). */
@Module({ providers: [MailerService], exports: [MailerService] })
export class NotificationsModule {}
