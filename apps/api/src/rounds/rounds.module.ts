import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { NetworkRoundsResolver } from './network-rounds.resolver.js';
import { RoundRooms } from './round-rooms.js';
import { PhaseChangeResolver, RoundsResolver } from './rounds.resolver.js';
import { RoundsService } from './rounds.service.js';

@Module({
  imports: [RealtimeModule, NotificationsModule],
  providers: [RoundsService, RoundsResolver, PhaseChangeResolver, NetworkRoundsResolver, RoundRooms],
  exports: [RoundsService],
})
export class RoundsModule {}
