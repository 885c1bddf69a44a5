import { Injectable } from '@nestjs/common';
import {
  isSharedRoom,
  MAX_ROOMS_PER_SOCKET,
  SOCKET_EVENTS,
  type RoomClosedMessage,
  type RoomName,
} from '@samrad/domain';
import { badInput } from '../common/app-error.js';
import { PresenceService } from './presence.service.js';
import { RoomAccess } from './room-access.js';
import { RealtimeServer, type RealtimeSocket } from './realtime-server.js';

/**
 * The rooms each local socket joined, with the network that owns each (to re-check access when a
 * membership ends), and the presence bookkeeping that goes with joining and leaving.
 */
@Injectable()
export class SocketRooms {
  /** Per socket: its rooms and the network owning each (null: a personal room, no presence shown). */
  private readonly joined = new WeakMap<RealtimeSocket, Map<RoomName, string | null>>();

  constructor(
    private readonly access: RoomAccess,
    private readonly presence: PresenceService,
    private readonly server: RealtimeServer,
  ) {}

  roomsOf(socket: RealtimeSocket): ReadonlyMap<RoomName, string | null> {
    return this.joined.get(socket) ?? new Map();
  }

  /** Checks access and joins; joining a room twice is a no-op. Returns the room's canonical name. */
  async join(socket: RealtimeSocket, rawRoom: unknown): Promise<RoomName> {
    const { room, networkId } = await this.access.check(socket.data.user, rawRoom);
    if (!socket.connected) return room;
    const rooms = this.joined.get(socket) ?? new Map<RoomName, string | null>();
    if (rooms.has(room)) return room;
    if (rooms.size >= MAX_ROOMS_PER_SOCKET) {
      throw badInput(`A connection can be in at most ${MAX_ROOMS_PER_SOCKET} rooms`);
    }
    rooms.set(room, networkId);
    this.joined.set(socket, rooms);
    await socket.join(room);
    if (isSharedRoom(room)) this.presence.touch(room, socket.data.user.id);
    return room;
  }

  async leave(socket: RealtimeSocket, room: RoomName): Promise<void> {
    const rooms = this.joined.get(socket);
    if (!rooms?.delete(room)) return;
    await socket.leave(room);
    if (isSharedRoom(room)) this.presence.touch(room, socket.data.user.id);
  }

  /** After a disconnect (socket.io has already taken the socket out of its rooms). */
  forget(socket: RealtimeSocket): void {
    const rooms = this.joined.get(socket);
    if (!rooms) return;
    this.joined.delete(socket);
    for (const room of rooms.keys()) if (isSharedRoom(room)) this.presence.touch(room, socket.data.user.id);
  }

  /**
   * A membership of `userId` in the network ended: take that user's local sockets out of the
   * network's rooms unless they still have another role there, and tell them (`room.closed`).
   */
  async recheck(userId: string, networkId: string): Promise<void> {
    const sockets = [...this.server.localSockets()].filter((socket) => socket.data.user?.id === userId);
    if (sockets.length === 0) return;
    if (await this.access.mayView(sockets[0].data.user, networkId)) return;
    for (const socket of sockets) {
      for (const [room, owner] of [...this.roomsOf(socket)]) {
        if (owner !== networkId) continue;
        await this.leave(socket, room);
        const message: RoomClosedMessage = { room, reason: 'NOT_FOUND' };
        socket.emit(SOCKET_EVENTS.roomClosed, message);
      }
    }
  }
}
