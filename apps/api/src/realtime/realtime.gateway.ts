import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../common/request-context.js';
import { IdentityService } from '../identity/identity.service.js';

export type AuthedSocket = Socket & { data: { user: AuthUser } };

/**
 * The socket.io endpoint (/socket.io). The handshake must carry a valid access token
 * (`auth: { token }`); otherwise the connection is refused with `UNAUTHENTICATED`.
 */
@WebSocketGateway({ cors: { origin: true, credentials: true } })
export class RealtimeGateway implements OnGatewayInit {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server;

  constructor(private readonly identity: IdentityService) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) return next(new Error('UNAUTHENTICATED'));
      this.identity.authenticate(token).then(
        (result) => {
          if (typeof result === 'string') return next(new Error('UNAUTHENTICATED'));
          (socket as AuthedSocket).data.user = result;
          next();
        },
        (error: unknown) => {
          this.logger.error(error);
          next(new Error('UNAUTHENTICATED'));
        },
      );
    });
  }
}
