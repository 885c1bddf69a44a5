import { Module } from '@nestjs/common';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalitiesService } from './municipalities.service.js';
import { NetworkMembersResolver } from './network-members.resolver.js';
import { NetworkMembersService } from './network-members.service.js';
import { NetworkRooms } from './network-rooms.js';
import { NetworksResolver } from './networks.resolver.js';
import { NetworksService } from './networks.service.js';

/** Municipalities, networks, members and their roles, invitations. */
@Module({
  providers: [
    MunicipalitiesService,
    MunicipalitiesResolver,
    NetworksService,
    NetworksResolver,
    NetworkMembersService,
    NetworkMembersResolver,
    InvitationsService,
    InvitationsResolver,
    NetworkRooms,
  ],
  exports: [NetworksService, MunicipalitiesService],
})
export class NetworksModule {}
