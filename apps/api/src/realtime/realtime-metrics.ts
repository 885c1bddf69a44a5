import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsService } from '../health/metrics.service.js';
import { RealtimeServer } from './realtime-server.js';

/** Real-time figures on /metrics: open sockets of this process, events sequenced by it and delivered to them. */
@Injectable()
export class RealtimeMetrics {
  readonly delivered: Counter;
  readonly listenerReconnects: Counter;
  /** Sequencing transactions that numbered at least one event, and the events they numbered (batch size = ratio). */
  readonly sequencings: Counter;
  readonly sequenced: Counter;

  constructor(metrics: MetricsService, server: RealtimeServer) {
    new Gauge({
      name: 'samrad_realtime_sockets',
      help: 'Open socket.io connections on this process',
      registers: [metrics.registry],
      collect() {
        this.set(server.ready ? server.io.engine.clientsCount : 0);
      },
    });
    this.delivered = new Counter({
      name: 'samrad_realtime_events_delivered_total',
      help: 'Room events emitted to this process’s sockets (once per event and room, not per socket)',
      registers: [metrics.registry],
    });
    this.listenerReconnects = new Counter({
      name: 'samrad_realtime_listener_reconnects_total',
      help: 'Times the room-event LISTEN connection was lost and restored',
      registers: [metrics.registry],
    });
    this.sequencings = new Counter({
      name: 'samrad_realtime_sequencings_total',
      help: 'Sequencing transactions of this process that numbered room events (one per batch)',
      registers: [metrics.registry],
    });
    this.sequenced = new Counter({
      name: 'samrad_realtime_events_sequenced_total',
      help: 'Room events this process numbered and announced',
      registers: [metrics.registry],
    });
  }
}
