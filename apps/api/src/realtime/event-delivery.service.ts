import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { parseRoom, SOCKET_EVENTS, type RoomEventMessage } from '@samrad/domain';
import type { Subscription } from 'rxjs';
import { EventLogService } from './event-log.service.js';
import { RoomEventListener, type HeardEvent } from './room-event-listener.js';
import type { LoggedEvent } from './room-event.js';
import { RealtimeMetrics } from './realtime-metrics.js';
import { RealtimeServer } from './realtime-server.js';
import { SocketRooms } from './socket-rooms.service.js';
import { toMessage, VisibilityRules, withoutRestricted } from './visibility-rules.js';

/**
 * Delivers committed events to this process's sockets. Every process hears every event (see
 * RoomEventListener) and serves only its own sockets (`server.local`), so per-recipient stripping
 * happens where the recipient is. Per room, deliveries run one after another in seq order; the
 * cursor (last seq delivered here) drops duplicates and fills gaps from the log, e.g. after the
 * listener reconnected.
 */
@Injectable()
export class EventDelivery implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventDelivery.name);
  private readonly cursors = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly listener: RoomEventListener,
    private readonly eventLog: EventLogService,
    private readonly rules: VisibilityRules,
    private readonly server: RealtimeServer,
    private readonly rooms: SocketRooms,
    private readonly metrics: RealtimeMetrics,
  ) {}

  onModuleInit(): void {
    this.subscriptions.push(
      this.listener.heard$.subscribe((heard) => this.enqueue(heard.room, () => this.onHeard(heard))),
      this.listener.reconnected$.subscribe(() => {
        this.metrics.listenerReconnects.inc();
        for (const room of this.cursors.keys()) this.enqueue(room, () => this.catchUp(room));
      }),
    );
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  /** Runs the room's deliveries strictly one after another. */
  private enqueue(room: string, task: () => Promise<void>): void {
    const next = (this.queues.get(room) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      this.logger.error(error, `delivery to ${room} failed`);
    });
    this.queues.set(room, next);
    void next.then(() => {
      if (this.queues.get(room) === next) this.queues.delete(room);
    });
  }

  private hasLocalSockets(room: string): boolean {
    const ids = this.server.localSocketIds(room);
    if (ids && ids.size > 0) return true;
    this.cursors.delete(room);
    return false;
  }

  private async onHeard(heard: HeardEvent): Promise<void> {
    await this.deliverInOrder(heard);
    // the removed member may be in the network's round rooms without being in its network room
    if (heard.type === 'member.removed') await this.afterMembershipEnded(heard);
  }

  private async deliverInOrder(heard: HeardEvent): Promise<void> {
    if (!this.hasLocalSockets(heard.room)) return;
    const cursor = this.cursors.get(heard.room);
    if (cursor !== undefined && heard.seq <= cursor) return;
    if (cursor !== undefined && heard.seq > cursor + 1) {
      for (const missed of await this.eventLog.between(heard.room, cursor, heard.seq)) {
        await this.deliver(missed);
      }
    }
    const event = heard.type === undefined ? await this.eventLog.one(heard.room, heard.seq) : heard;
    if (event) await this.deliver(event);
  }

  /** After the listener lost its connection: whatever was committed meanwhile, from the log. */
  private async catchUp(room: string): Promise<void> {
    const cursor = this.cursors.get(room);
    if (cursor === undefined || !this.hasLocalSockets(room)) return;
    for (const missed of await this.eventLog.after(room, cursor, 10_000)) await this.deliver(missed);
  }

  private async deliver(event: LoggedEvent): Promise<void> {
    this.cursors.set(event.room, event.seq);
    this.metrics.delivered.inc();
    const io = this.server.io;
    if (!event.restricted) {
      io.local.to(event.room).emit(SOCKET_EVENTS.event, toMessage(event));
    } else {
      const denied = await this.deniedSockets(event);
      io.local.to(event.room).except(denied).emit(SOCKET_EVENTS.event, toMessage(event));
      if (denied.length > 0) io.local.to(denied).emit(SOCKET_EVENTS.event, withoutRestricted(event));
    }
  }

  /** Local sockets in the room whose user the event's visibility rule does not name. */
  private async deniedSockets(event: LoggedEvent): Promise<string[]> {
    const sockets = [...(this.server.localSocketIds(event.room) ?? [])]
      .map((id) => this.server.localSocket(id))
      .filter((socket) => socket !== undefined);
    const allowed = await this.rules.allowed(
      event.restricted!,
      sockets.map((socket) => socket.data.user.id),
    );
    return sockets.filter((socket) => !allowed.has(socket.data.user.id)).map((socket) => socket.id);
  }

  private async afterMembershipEnded(event: RoomEventMessage<'member.removed'>): Promise<void> {
    const room = parseRoom(event.room);
    if (room?.kind === 'network') await this.rooms.recheck(event.data.userId, room.id);
  }
}
