import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { Subject } from 'rxjs';
import { AppConfig } from '../config/app-config.js';
import { SESSION_REVOKED_CHANNEL, SessionCache, USER_CHANGED_CHANNEL } from '../identity/session-cache.js';
import { ROOM_EVENTS_CHANNEL } from './event-log.service.js';
import type { LoggedEvent, RestrictedFields } from './room-event.js';

/** A committed event as heard on the channel: whole, or only its key when it was too big to notify. */
export type HeardEvent = LoggedEvent | { room: string; seq: number; type?: undefined };

interface NotifyPayload {
  room: string;
  seq: number;
  type?: string;
  actorId?: string | null;
  at?: string;
  data?: Record<string, unknown>;
  restricted?: RestrictedFields | null;
}

const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/**
 * Every API process LISTENs on the room-event channel with a connection of its own, so it hears
 * the events committed by every process (in commit order, which is seq order per room) and can
 * deliver them to its own sockets. `reconnected$` fires after the connection was lost and
 * restored: events committed meanwhile were not heard, and the delivery catches up from the log.
 * It also tells the `SessionCache` of ended sessions and changed profiles, and whether it listens at all
 * (the cache is used only while it does).
 */
@Injectable()
export class RoomEventListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RoomEventListener.name);
  readonly heard$ = new Subject<HeardEvent>();
  readonly reconnected$ = new Subject<void>();
  /** Ids of sessions that ended (logout, refresh-token reuse), from every process. */
  readonly sessionRevoked$ = new Subject<string>();
  private client?: pg.Client;
  private stopped = false;
  private attempt = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.sessions.setListening(false);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.databaseUrl,
      application_name: 'samrad-room-events',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.channel === ROOM_EVENTS_CHANNEL && message.payload) this.onPayload(message.payload);
      if (message.channel === SESSION_REVOKED_CHANNEL && message.payload) {
        this.sessions.sessionEnded(message.payload);
        this.sessionRevoked$.next(message.payload);
      }
      if (message.channel === USER_CHANGED_CHANNEL && message.payload)
        this.sessions.userChanged(message.payload);
    });
    client.on('error', (error) => {
      if (this.client === client) this.sessions.setListening(false);
      this.logger.warn(`room event listener: ${error.message}`);
    });
    client.on('end', () => {
      if (this.client !== client) return;
      this.sessions.setListening(false);
      if (!this.stopped) this.reconnectSoon();
    });
    await client.connect();
    await client.query(
      `LISTEN ${ROOM_EVENTS_CHANNEL}; LISTEN ${SESSION_REVOKED_CHANNEL}; LISTEN ${USER_CHANGED_CHANNEL}`,
    );
    this.client = client;
    this.sessions.setListening(true);
  }

  private reconnectSoon(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt++, RECONNECT_DELAYS_MS.length - 1)];
    setTimeout(() => {
      if (this.stopped) return;
      this.connect().then(
        () => {
          this.attempt = 0;
          this.logger.log('room event listener reconnected');
          this.reconnected$.next();
        },
        (error: Error) => {
          this.logger.warn(`room event listener: reconnect failed: ${error.message}`);
          this.reconnectSoon();
        },
      );
    }, delay).unref();
  }

  private onPayload(payload: string): void {
    let parsed: NotifyPayload;
    try {
      parsed = JSON.parse(payload) as NotifyPayload;
    } catch {
      this.logger.warn('room event listener: unreadable notification');
      return;
    }
    if (parsed.type === undefined) {
      this.heard$.next({ room: parsed.room, seq: parsed.seq });
      return;
    }
    // EventLogService.append built this payload from a typed event
    this.heard$.next({
      room: parsed.room,
      seq: parsed.seq,
      type: parsed.type,
      actorId: parsed.actorId ?? null,
      at: new Date(parsed.at as string).toISOString(),
      data: parsed.data ?? {},
      ...(parsed.restricted ? { restricted: parsed.restricted } : {}),
    } as LoggedEvent);
  }
}
