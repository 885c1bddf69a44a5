import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { EventDelivery } from './event-delivery.service.js';
import { EventLogService } from './event-log.service.js';
import { EventPruner } from './event-pruner.js';
import { EventSequencer } from './event-sequencer.js';
import { PresenceService } from './presence.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RealtimeMetrics } from './realtime-metrics.js';
import { RealtimeServer } from './realtime-server.js';
import { ReplayService } from './replay.service.js';
import { RoomAccess } from './room-access.js';
import { RoomEventListener } from './room-event-listener.js';
import { socketIoAdapterProvider } from './socket-adapter.js';
import { SocketRooms } from './socket-rooms.service.js';
import { TokenExpiry } from './token-expiry.js';
import { UnitOfWork } from './unit-of-work.service.js';
import { VisibilityRules } from './visibility-rules.js';

/**
 * Real time: features write through UnitOfWork (rows, audit entries and room events in one transaction); every
 * process hears committed events and delivers them to its sockets. Features extend it with
 * `RoomAccess.register` (room kinds) and `VisibilityRules.register` (restricted fields).
 */
@Module({
  imports: [HealthModule, IdentityModule],
  providers: [
    RealtimeMetrics,
    RealtimeGateway,
    RealtimeServer,
    socketIoAdapterProvider,
    EventLogService,
    EventSequencer,
    UnitOfWork,
    RoomEventListener,
    EventDelivery,
    RoomAccess,
    VisibilityRules,
    SocketRooms,
    PresenceService,
    ReplayService,
    TokenExpiry,
    EventPruner,
  ],
  exports: [UnitOfWork, RoomAccess, VisibilityRules, EventLogService],
})
export class RealtimeModule {}
