import { Injectable } from '@nestjs/common';
import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../common/request-context.js';

/** What a socket carries across processes (socket.data is shipped by fetchSockets): its user. */
export interface SocketData {
  user: AuthUser;
}

export type RealtimeSocket = Socket<any, any, any, SocketData>;
export type RealtimeIo = Server<any, any, any, SocketData>;

/** The socket.io server, once the gateway has it, for the services that deliver to sockets. */
@Injectable()
export class RealtimeServer {
  private current?: RealtimeIo;

  attach(server: RealtimeIo): void {
    this.current = server;
  }

  get io(): RealtimeIo {
    if (!this.current) throw new Error('The socket.io server is not initialised yet');
    return this.current;
  }

  get ready(): boolean {
    return Boolean(this.current);
  }

  /** Ids of this process's sockets in the room (the adapter's own index, no copy). */
  localSocketIds(room: string): ReadonlySet<string> | undefined {
    return this.current?.sockets.adapter.rooms.get(room);
  }

  localSocket(id: string): RealtimeSocket | undefined {
    return this.current?.sockets.sockets.get(id);
  }

  localSockets(): Iterable<RealtimeSocket> {
    return this.current?.sockets.sockets.values() ?? [];
  }
}
