import { Inject, Logger } from '@nestjs/common';
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
  subscribeSchema,
  type AckFailure,
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
@WebSocketGateway({ cors: { origin: true, credentials: true } })
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
    private readonly lifecycle: Lifecycle,
  ) {}

  afterInit(server: RealtimeIo): void {
    if (this.adapter) server.adapter(this.adapter);
    this.holder.attach(server);
    server.use((socket, next) => {
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
    return this.answer(() => this.replays.replay(socket.data.user, body));
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
