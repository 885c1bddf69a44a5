import {
  SOCKET_EVENTS,
  type AuthExpiredMessage,
  type ReplayAck,
  type RoomClosedMessage,
  type SubscribeAck,
} from './realtime.js';
import { PRESENCE_CHANGED, type PresenceData, type RoomEventMessage } from './room-events.js';

/**
 * The client side of the real-time protocol: keep the rooms a page needs joined across
 * reconnects, track the last seq per room, replay what was missed (after a reconnect or when a
 * seq gap shows), and get a fresh token when the server says the old one ran out. Transport-free
 * (the socket.io client socket is passed in), so the web app and the API's tests run the same code
 * against the real server.
 */

/** The part of a socket.io-client `Socket` this client uses. */
export interface ClientSocket {
  readonly connected: boolean;
  on(event: string, listener: (...args: any[]) => void): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<any> };
}

/** Opens the socket; `auth` is called on every (re)connection attempt for the current token. */
export type SocketFactory = (auth: (cb: (data: { token: string | null }) => void) => void) => ClientSocket;

export type ConnectionState = 'online' | 'reconnecting' | 'offline';

export interface RealtimeAuth {
  /** The access token now (null: signed out). */
  token(): string | null;
  /** Exchanges the refresh token for a new access token; null when the session is over. */
  refresh(): Promise<string | null>;
}

export type RoomListener = (event: RoomEventMessage) => void;

/** Why a room's data must be fetched again, or cannot be followed. */
export type RoomProblem = 'REFETCH' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';

export interface RealtimeClientOptions {
  createSocket: SocketFactory;
  auth: RealtimeAuth;
  /** Every event of every joined room, after the room's own listeners (e.g. to update a cache). */
  onEvent?: RoomListener;
  /** A room could not be replayed (refetch it) or may not be followed (any more). */
  onRoomProblem?: (room: string, problem: RoomProblem) => void;
  ackTimeoutMs?: number;
}

const MAX_AUTH_RETRIES = 3;

interface RoomState {
  listeners: Set<RoomListener>;
  /** Events that arrived while a replay was running, or after a gap. */
  pending: RoomEventMessage[];
  syncing: boolean;
}

export class RealtimeClient {
  private socket?: ClientSocket;
  private state: ConnectionState = 'offline';
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly rooms = new Map<string, RoomState>();
  /** Last seq seen per room; kept after leaving so coming back replays what was missed. */
  private readonly lastSeq = new Map<string, number>();
  private readonly presence = new Map<string, PresenceData>();
  private refreshing?: Promise<void>;
  /** Refreshes in a row that did not lead to a connection (a token the server keeps refusing). */
  private authFailures = 0;
  private retryTimer?: unknown;
  private stopped = true;

  constructor(private readonly options: RealtimeClientOptions) {}

  get connectionState(): ConnectionState {
    return this.state;
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** The last seq seen in the room (undefined before any). */
  seqOf(room: string): number | undefined {
    return this.lastSeq.get(room);
  }

  /** Who views the room now, from its last `presence.changed`. */
  presenceOf(room: string): PresenceData | undefined {
    return this.presence.get(room);
  }

  /** Connects (when signed in) and keeps reconnecting until `stop()`. */
  start(): void {
    this.stopped = false;
    if (this.socket) {
      if (!this.socket.connected) this.socket.connect();
      return;
    }
    if (!this.options.auth.token()) return this.setState('offline');
    this.setState('reconnecting');
    this.socket = this.options.createSocket((cb) => cb({ token: this.options.auth.token() }));
    this.listen(this.socket);
  }

  /** Disconnects and forgets what was seen (the next start may be another user). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.socket?.disconnect();
    this.socket = undefined;
    this.lastSeq.clear();
    this.presence.clear();
    this.setState('offline');
  }

  /** Hands a refreshed access token to the live socket, so it stays open past the old expiry. */
  async renewToken(token: string): Promise<boolean> {
    if (!this.socket?.connected) return false;
    const ack = await this.request<{ ok: boolean }>(SOCKET_EVENTS.auth, { token }).catch(() => null);
    return Boolean(ack?.ok);
  }

  /** Follows a room: `listener` gets its events in seq order. Returns the function that stops. */
  join(room: string, listener: RoomListener): () => void {
    let state = this.rooms.get(room);
    if (!state) {
      state = { listeners: new Set(), pending: [], syncing: false };
      this.rooms.set(room, state);
      if (this.socket?.connected) void this.subscribe(room);
    }
    state.listeners.add(listener);
    return () => {
      const current = this.rooms.get(room);
      if (!current?.listeners.delete(listener) || current.listeners.size > 0) return;
      this.rooms.delete(room);
      this.presence.delete(room);
      if (this.socket?.connected)
        void this.request(SOCKET_EVENTS.unsubscribe, { room }).catch(() => undefined);
    };
  }

  private listen(socket: ClientSocket): void {
    socket.on('connect', () => {
      this.authFailures = 0;
      this.setState('online');
      for (const room of this.rooms.keys()) void this.subscribe(room);
    });
    socket.on('disconnect', (reason: string) => {
      if (this.stopped) return;
      this.setState('reconnecting');
      // the server ended the socket (token expired): socket.io will not retry on its own
      if (reason === 'io server disconnect') void this.refreshAndReconnect();
    });
    socket.on('connect_error', (error: Error & { data?: { retryAfter?: unknown } }) => {
      if (this.stopped) return;
      if (error.message === 'UNAUTHENTICATED') void this.refreshAndReconnect();
      else if (error.message === 'SERVICE_UNAVAILABLE') {
        // the server is up but its database is not: the token is fine, try again shortly
        // (socket.io does not retry a refused handshake by itself)
        const seconds = typeof error.data?.retryAfter === 'number' ? error.data.retryAfter : 2;
        this.setState('reconnecting');
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(
          () => {
            if (!this.stopped && this.socket && !this.socket.connected) this.socket.connect();
          },
          Math.min(seconds, 30) * 1000,
        );
      } else this.setState(this.state === 'online' ? 'reconnecting' : this.state);
    });
    socket.on(SOCKET_EVENTS.authExpired, (_message: AuthExpiredMessage) => this.setState('reconnecting'));
    socket.on(SOCKET_EVENTS.event, (event: RoomEventMessage) => this.receive(event));
    socket.on(SOCKET_EVENTS.roomClosed, (message: RoomClosedMessage) => {
      this.rooms.delete(message.room);
      this.options.onRoomProblem?.(message.room, 'NOT_FOUND');
    });
  }

  private refreshAndReconnect(): Promise<void> {
    this.refreshing ??= (async () => {
      const token =
        ++this.authFailures > MAX_AUTH_RETRIES ? null : await this.options.auth.refresh().catch(() => null);
      if (this.stopped) return;
      if (!token) {
        this.socket?.disconnect();
        this.setState('offline');
        return;
      }
      this.socket?.connect();
    })().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async subscribe(room: string): Promise<void> {
    let ack: SubscribeAck;
    try {
      ack = await this.request<SubscribeAck>(SOCKET_EVENTS.subscribe, { room });
    } catch {
      return; // the connection dropped: the next 'connect' subscribes again
    }
    if (!ack.ok) {
      this.rooms.delete(room);
      this.options.onRoomProblem?.(
        room,
        ack.error === 'FORBIDDEN' || ack.error === 'BAD_USER_INPUT' ? ack.error : 'NOT_FOUND',
      );
      return;
    }
    const last = this.lastSeq.get(room);
    if (last === undefined) {
      // first visit: the page fetched its data fresh; follow from the room's current seq
      if (!this.rooms.get(room)?.syncing)
        this.lastSeq.set(room, Math.max(ack.seq, this.lastSeq.get(room) ?? 0));
    } else if (ack.seq > last) {
      await this.replay(room);
    }
  }

  private receive(event: RoomEventMessage): void {
    const state = this.rooms.get(event.room);
    if (!state) return;
    if (state.syncing) {
      state.pending.push(event);
      return;
    }
    const last = this.lastSeq.get(event.room);
    if (last !== undefined && event.seq <= last) return; // already seen (replay and live overlap)
    if (last !== undefined && event.seq > last + 1) {
      state.pending.push(event);
      void this.replay(event.room);
      return;
    }
    this.deliver(state, event);
  }

  private deliver(state: RoomState, event: RoomEventMessage): void {
    this.lastSeq.set(event.room, event.seq);
    if (event.type === PRESENCE_CHANGED) this.presence.set(event.room, event.data);
    for (const listener of [...state.listeners]) listener(event);
    this.options.onEvent?.(event);
  }

  /** Fetches everything after the last seq, page by page, then the events that queued meanwhile. */
  private async replay(room: string): Promise<void> {
    const state = this.rooms.get(room);
    if (!state || state.syncing) return;
    state.syncing = true;
    try {
      for (;;) {
        const afterSeq = this.lastSeq.get(room) ?? 0;
        const ack = await this.request<ReplayAck>(SOCKET_EVENTS.replay, { room, afterSeq });
        if (!ack.ok) {
          if (ack.error === 'REPLAY_TOO_OLD') {
            if (ack.seq !== undefined) this.lastSeq.set(room, ack.seq);
            this.options.onRoomProblem?.(room, 'REFETCH');
          } else {
            this.rooms.delete(room);
            this.options.onRoomProblem?.(room, 'NOT_FOUND');
          }
          break;
        }
        for (const event of ack.events) {
          if (event.seq > (this.lastSeq.get(room) ?? 0)) this.deliver(state, event);
        }
        if (!ack.hasMore) break;
      }
    } catch {
      // connection lost mid-replay: the next 'connect' subscribes and replays again
      return;
    } finally {
      state.syncing = false;
    }
    const queued = state.pending.splice(0).sort((a, b) => a.seq - b.seq);
    for (const event of queued) this.receive(event);
  }

  private request<T>(event: string, payload: unknown): Promise<T> {
    if (!this.socket) return Promise.reject(new Error('not connected'));
    return this.socket.timeout(this.options.ackTimeoutMs ?? 10_000).emitWithAck(event, payload) as Promise<T>;
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }
}

// libs/domain is built without DOM or Node types; both the browser and Node have these timers.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
