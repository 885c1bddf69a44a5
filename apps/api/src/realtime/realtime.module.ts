import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { EventLogService } from './event-log.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { UnitOfWork } from './unit-of-work.service.js';

@Global()
@Module({
  providers: [RealtimeGateway, EventLogService, EventBus, UnitOfWork],
  exports: [UnitOfWork, EventBus],
})
export class RealtimeModule {}
