import { Inject, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { socketOriginAllowed } from './socket-origin.js';
import { RoomEventListener } from './room-event-listener.js';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  authRenewSchema,
  SOCKET_EVENTS,
  replaySchema,
  subscribeSchema,
  type AckFailure,
  type AuthExpiredMessage,
  type ReplayAck,
  type SubscribeAck,
  type UnsubscribeAck,
} from '@samrad/domain';
import { AppError } from '../common/app-error.js';
import { Public } from '../common/auth/auth.decorators.js';
import { isServiceUnavailable, serviceUnavailableError } from '../common/database-errors.js';
import { Lifecycle } from '../common/lifecycle.service.js';
import { parseInput } from '../common/validation.js';
import { IdentityService } from '../identity/identity.service.js';
import { EventLogService } from './event-log.service.js';
import { RealtimeServer, type RealtimeIo, type RealtimeSocket } from './realtime-server.js';
import { ReplayService } from './replay.service.js';
import { SOCKET_IO_ADAPTER, type SocketIoAdapterFactory } from './socket-adapter.js';
import { SocketRooms } from './socket-rooms.service.js';
import { TokenExpiry } from './token-expiry.js';

/**
 * The socket.io endpoint (/socket.io), per ../shared/contract/realtime.md. The handshake must
 * carry a valid access token (`auth: { token }`), else `connect_error` UNAUTHENTICATED. Then:
 * `subscribe` / `unsubscribe` / `replay` with acks, and `auth` to hand over a refreshed token.
 * Handlers stay thin: rooms, replay and expiry live in their services. `@Public()` exempts the
 * messages from the HTTP bearer guard only: a socket exists only once its handshake token was
 * verified, and its token expiry is enforced by TokenExpiry.
 */
@Public()
// CORS headers for the polling transport; the handshake middleware below checks the Origin for every transport.
@WebSocketGateway({ cors: { origin: true, credentials: false } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: RealtimeIo;

  constructor(
    private readonly identity: IdentityService,
    private readonly rooms: SocketRooms,
    private readonly replays: ReplayService,
    private readonly eventLog: EventLogService,
    private readonly expiry: TokenExpiry,
    private readonly holder: RealtimeServer,
    @Inject(SOCKET_IO_ADAPTER) private readonly adapter: SocketIoAdapterFactory,
    private readonly config: AppConfig,
    private readonly listener: RoomEventListener,
    private readonly lifecycle: Lifecycle,
  ) {}

  afterInit(server: RealtimeIo): void {
    if (this.adapter) server.adapter(this.adapter);
    // A session ended in any process (logout, refresh-token reuse): its sockets here close too.
    this.listener.sessionRevoked$.subscribe((sessionId) => {
      for (const socket of server.sockets.sockets.values())
        if (socket.data.user?.sessionId === sessionId) this.endSession(socket);
    });
    this.holder.attach(server);
    server.use((socket, next) => {
      if (!socketOriginAllowed(this.config, socket.handshake.headers.origin, socket.handshake.headers.host))
        return next(new Error('FORBIDDEN'));
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) return next(new Error('UNAUTHENTICATED'));
      this.identity.authenticate(token).then(
        (result) => {
          if (typeof result === 'string') return next(new Error('UNAUTHENTICATED'));
          socket.data.user = result;
          this.expiry.watch(socket, token);
          next();
        },
        (error: unknown) => {
          // the token may be fine: the database is down. Say so, so the client retries instead of
          // signing the user out.
          const unavailable = isServiceUnavailable(error);
          if (!unavailable) this.logger.error(error);
          next(unavailable ? serviceUnavailableError() : new Error('INTERNAL_SERVER_ERROR'));
        },
      );
    });
  }

  handleDisconnect(socket: RealtimeSocket): void {
    this.expiry.forget(socket);
    this.rooms.forget(socket);
  }

  @SubscribeMessage(SOCKET_EVENTS.subscribe)
  subscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    return this.answer(async () => {
      await this.requireSession(socket);
      const room = await this.rooms.join(socket, parseInput(subscribeSchema, body).room);
      return { ok: true, seq: await this.eventLog.lastSeq(room) };
    });
  }

  @SubscribeMessage(SOCKET_EVENTS.unsubscribe)
  unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() body: unknown,
  ): Promise<UnsubscribeAck> {
    return this.answer(async () => {
      await this.rooms.leave(socket, parseInput(subscribeSchema, body).room);
      return { ok: true };
    });
  }

  @SubscribeMessage(SOCKET_EVENTS.replay)
  replay(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<ReplayAck> {
    return this.answer(async () => {
      const request = parseInput(replaySchema, body);
      await this.requireSession(socket);
      return this.replays.replay(socket.data.user, request);
    });
  }

  /** A refreshed access token for the same user keeps the socket open past the old token's expiry. */
  @SubscribeMessage(SOCKET_EVENTS.auth)
  renew(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() body: unknown,
  ): Promise<{ ok: true } | AckFailure> {
    return this.answer(async (): Promise<{ ok: true } | AckFailure> => {
      const { token } = parseInput(authRenewSchema, body);
      const result = await this.identity.authenticate(token);
      if (typeof result === 'string' || result.id !== socket.data.user.id) {
        return { ok: false, error: 'UNAUTHENTICATED', message: 'The token is not valid for this connection' };
      }
      socket.data.user = result;
      this.expiry.watch(socket, token);
      return { ok: true };
    });
  }

  /**
   * The session is checked again before anything that reads the log: the NOTIFY that closes a revoked session's
   * sockets could be missed while the listener reconnects.
   */
  private async requireSession(socket: RealtimeSocket): Promise<void> {
    if (await this.identity.sessionActive(socket.data.user.sessionId)) return;
    setImmediate(() => this.endSession(socket)); // after the ack has gone out
    throw new AppError('UNAUTHENTICATED', 'The session has ended: sign in again');
  }

  private endSession(socket: RealtimeSocket): void {
    const message: AuthExpiredMessage = { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' };
    socket.emit(SOCKET_EVENTS.authExpired, message);
    socket.disconnect(true);
  }

  /** Every failure becomes an ack `{ ok: false, error }`; only AppErrors say why. */
  private async answer<T>(work: () => Promise<T>): Promise<T | AckFailure> {
    const done = this.lifecycle.begin(); // a graceful stop waits for acks in flight
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.code, message: error.message };
      if (isServiceUnavailable(error)) return { ok: false, error: 'SERVICE_UNAVAILABLE' };
      this.logger.error(error);
      return { ok: false, error: 'INTERNAL_SERVER_ERROR' };
    } finally {
      done();
    }
  }
}
