import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  PRESENCE_CHANGED,
  PRESENCE_LIST_LIMIT,
  type PresenceData,
  type PresenceUser,
  type RoomName,
} from '@samrad/domain';
import { RealtimeServer } from './realtime-server.js';
import { UnitOfWork } from './unit-of-work.service.js';

/** Joins and leaves within this window make one presence change (tabs opening, page switches). */
export const PRESENCE_DEBOUNCE_MS = 250;

/**
 * Who is viewing a room now. A join or leave on this process schedules a flush of the room; the
 * flush takes the cluster-wide snapshot (`fetchSockets()` asks every process through the Redis
 * adapter) under a per-room advisory lock and logs `presence.changed` only when the set of users
 * differs from the last one logged. Logging it gives presence a seq like every other change (gap
 * detection and replay stay uniform; a replay ends with the current viewers), and the lock makes
 * the last writer the one with the latest snapshot.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; actorId: string }>();
  private readonly flushing = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly sockets: RealtimeServer,
    private readonly uow: UnitOfWork,
  ) {}

  /** Someone (actorId) joined or left the room on this process. */
  touch(room: RoomName, actorId: string): void {
    if (this.stopped) return;
    const scheduled = this.pending.get(room);
    if (scheduled) {
      scheduled.actorId = actorId;
      return;
    }
    const timer = setTimeout(() => {
      const { actorId: actor } = this.pending.get(room) ?? { actorId };
      this.pending.delete(room);
      const flush = this.flush(room, actor).catch((error: unknown) =>
        this.logger.warn(`presence of ${room} not updated: ${(error as Error).message}`),
      );
      this.flushing.add(flush);
      void flush.finally(() => this.flushing.delete(flush));
    }, PRESENCE_DEBOUNCE_MS);
    this.pending.set(room, { timer, actorId });
  }

  /** Everyone viewing the room on any process, one entry per user, sorted by name. */
  async viewers(room: RoomName): Promise<PresenceUser[]> {
    const sockets = await this.sockets.io.in(room).fetchSockets();
    const users = new Map<string, PresenceUser>();
    for (const socket of sockets) {
      const user = socket.data.user;
      if (user) users.set(user.id, { id: user.id, displayName: user.displayName });
    }
    return [...users.values()].sort(
      (a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id),
    );
  }

  async flush(room: RoomName, actorId: string): Promise<void> {
    await this.uow.run(async ({ manager, record }) => {
      // serialises the room's presence flushes (so the last writer holds the latest snapshot)
      // without holding the room's sequence row while other processes are asked for their sockets
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`presence:${room}`]);
      const [row] = (await manager.query(
        `SELECT presence_user_ids::text[] AS ids FROM room_sequences WHERE room = $1`,
        [room],
      )) as { ids: string[] }[];
      const viewers = await this.viewers(room);
      const ids = viewers.map((user) => user.id).sort();
      const before = [...(row?.ids ?? [])].sort();
      if (ids.length === before.length && ids.every((id, i) => id === before[i])) return;
      await manager.query(
        `INSERT INTO room_sequences (room, last_seq, presence_user_ids) VALUES ($1, 0, $2::uuid[])
         ON CONFLICT (room) DO UPDATE SET presence_user_ids = EXCLUDED.presence_user_ids`,
        [room, ids],
      );
      const data: PresenceData = { users: viewers.slice(0, PRESENCE_LIST_LIMIT), total: viewers.length };
      await record({ actorId, events: [{ room, type: PRESENCE_CHANGED, data }] });
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.allSettled([...this.flushing]);
  }
}
