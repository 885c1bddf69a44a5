import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { InvitationMailJob } from './invitations/invitation-mail.job.js';
import { InvitationsResolver } from './invitations/invitations.resolver.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { NetworkMembersResolver } from './members/network-members.resolver.js';
import { NetworkMembersService } from './members/network-members.service.js';
import './network-page-keeper.js';
import { NetworkRooms } from './network-rooms.js';
import { NetworksResolver } from './networks.resolver.js';
import { NetworksService } from './networks.service.js';

/** Networks with their municipalities, members and their roles (members/), invitations (invitations/). */
@Module({
  imports: [RealtimeModule, IdentityModule, NotificationsModule],
  providers: [
    NetworksService,
    NetworksResolver,
    NetworkMembersService,
    NetworkMembersResolver,
    InvitationsService,
    InvitationsResolver,
    InvitationMailJob,
    NetworkRooms,
  ],
  exports: [NetworksService],
})
export class NetworksModule {}
