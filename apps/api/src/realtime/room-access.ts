import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseRoom, type RoomKind, type RoomName } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../common/access-policy.service.js';
import { badInput, notFound } from '../common/app-error.js';
import { Loaders } from '../common/loaders.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';

/** The network that owns the object a room is about (null: no such object). */
export type RoomOwner = (id: string, dataSource: DataSource) => Promise<string | null>;

/** A RequestContext for a socket's user, so the one AccessPolicy answers for sockets too. */
export function socketContext(user: AuthUser, dataSource: DataSource): RequestContext {
  return { req: { user } as RequestContext['req'], loaders: new Loaders(dataSource) };
}

/**
 * Who may join a room: the members of the network that owns it. Each room kind maps to a
 * function finding that network, registered at start by the module that owns the kind
 * (networks/network-rooms.ts, rounds/round-rooms.ts; `thread` and `goal` come with their
 * features; `user` is personal: see registerPersonal); then the access policy decides, as for any GraphQL read. Rooms of unregistered
 * kinds and missing objects answer NOT_FOUND, exactly like a network the user is not in.
 */
@Injectable()
export class RoomAccess {
  private readonly owners = new Map<RoomKind, RoomOwner>();
  private readonly personal = new Set<RoomKind>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  register(kind: RoomKind, owner: RoomOwner): void {
    if (this.owners.has(kind)) throw new Error(`Room kind ${kind} is already registered`);
    this.owners.set(kind, owner);
  }

  /**
   * A kind of room that belongs to one person, `<kind>:<their user id>` (`user:`, for their
   * notifications): only they may join; anyone else gets NOT_FOUND, as for another network's room.
   */
  registerPersonal(kind: RoomKind): void {
    if (this.owners.has(kind) || this.personal.has(kind))
      throw new Error(`Room kind ${kind} is already registered`);
    this.personal.add(kind);
  }

  /** The room kinds registered so far (the cross-tenant matrix needs a case for each). */
  kinds(): RoomKind[] {
    return [...this.owners.keys(), ...this.personal];
  }

  /**
   * Throws BAD_USER_INPUT for a malformed room, NOT_FOUND unless the user may view it; returns the
   * owning network (null for a personal room).
   */
  async check(user: AuthUser, room: unknown): Promise<{ room: RoomName; networkId: string | null }> {
    const parsed = parseRoom(room);
    if (!parsed) throw badInput('room must be network:<id>, round:<id>, thread:<id>, goal:<id> or user:<id>');
    if (this.personal.has(parsed.kind)) {
      if (parsed.id !== user.id.toLowerCase()) throw notFound('Room');
      return { room: parsed.name, networkId: null };
    }
    const owner = this.owners.get(parsed.kind);
    const networkId = owner ? await owner(parsed.id, this.dataSource) : null;
    if (!networkId) throw notFound('Room');
    await this.policy.require(socketContext(user, this.dataSource), 'network.view', { networkId }, 'Room');
    return { room: parsed.name, networkId };
  }

  /** Whether the user may still view rooms of the network (after a membership change). */
  async mayView(user: AuthUser, networkId: string): Promise<boolean> {
    return this.policy.allows(socketContext(user, this.dataSource), 'network.view', { networkId });
  }
}
