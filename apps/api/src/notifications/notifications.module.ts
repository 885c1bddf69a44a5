import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { DigestJob } from './digest/digest.job.js';
import { InAppChannel } from './inbox/in-app-channel.js';
import { NotificationsResolver } from './inbox/notifications.resolver.js';
import { NotificationsService } from './inbox/notifications.service.js';
import { UserRooms } from './inbox/user-rooms.js';
import { MailerService } from './mailer.service.js';
import { Notifier } from './notifier.js';
import { PreferencesResolver } from './preferences/preferences.resolver.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { CommentNotifications } from './sources/comment-notifications.js';
import { InvitationNotifications } from './sources/invitation-notifications.js';
import { RoundNotifications } from './sources/round-notifications.js';
import { UnsubscribeResolver } from './unsubscribe/unsubscribe.resolver.js';

/**
 * Notifications: the in-app inbox (`inbox/`, live in the person's `user:<id>` room), per-kind
 * preferences, the hourly e-mail digest and its unsubscribe links, and what each feature's events
 * tell whom (`sources/`, called by those features inside their own transactions). Also the
 * Notifier and mailer that jobs use for mail sent on its own (reminders, invitations).
 */
@Module({
  imports: [RealtimeModule],
  providers: [
    MailerService,
    Notifier,
    NotificationsService,
    NotificationsResolver,
    InAppChannel,
    UserRooms,
    PreferencesService,
    PreferencesResolver,
    DigestJob,
    UnsubscribeResolver,
    CommentNotifications,
    InvitationNotifications,
    RoundNotifications,
  ],
  exports: [MailerService, Notifier, CommentNotifications, InvitationNotifications, RoundNotifications],
})
export class NotificationsModule {}
