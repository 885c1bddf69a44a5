import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  PRESENCE_CHANGED,
  PRESENCE_LIST_LIMIT,
  type PresenceData,
  type PresenceUser,
  type RoomName,
  type SharedRoomKind,
} from '@samrad/domain';
import { RedisService } from '../common/redis.service.js';
import { RealtimeServer } from './realtime-server.js';
import { UnitOfWork } from './unit-of-work.service.js';

/** Presence is shown in rooms of a network's objects, never in one's own `user:` room. */
type SharedRoom = RoomName<SharedRoomKind>;

/** Joins and leaves within this window make one presence change (tabs opening, page switches). */
export const PRESENCE_DEBOUNCE_MS = 250;
/** Longest wait for the other processes' sockets (the adapter's own timeout is 2 s). */
const SNAPSHOT_TIMEOUT_MS = 1000;
/** A failed flush is retried after this, doubling up to PRESENCE_RETRY_MAX_MS. */
const PRESENCE_RETRY_MS = 500;
const PRESENCE_RETRY_MAX_MS = 10_000;

interface Snapshot {
  viewers: PresenceUser[];
  /** Only this process's sockets: the cluster-wide view was not available. */
  partial: boolean;
}

/**
 * Who is viewing a room now. A join or leave on this process schedules a flush of the room; the
 * flush takes the cluster-wide snapshot (`fetchSockets()` asks every process through the Redis
 * adapter) and then, in a short transaction under a per-room advisory lock, logs
 * `presence.changed` only when the set of users differs from the last one logged. Logging it gives
 * presence a seq like every other change (gap detection and replay stay uniform).
 *
 * Faults: the snapshot is taken before the transaction, never inside it (waiting on Redis while
 * holding a pooled connection drained the pool in an outage). Since another process may commit a
 * newer snapshot meanwhile, a flush that wrote checks again and reflushes when the room changed.
 * Without Redis the snapshot is this process's sockets, marked `partial`; those rooms, and rooms
 * whose flush failed, are flushed again when Redis returns or after a backoff.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; actorId: string }>();
  private readonly flushing = new Set<Promise<unknown>>();
  private readonly retries = new Map<string, number>();
  private readonly partialRooms = new Map<SharedRoom, string>();
  private stopped = false;

  constructor(
    private readonly sockets: RealtimeServer,
    private readonly uow: UnitOfWork,
    private readonly redis: RedisService,
  ) {
    redis.onRecovered(() => {
      for (const [room, actorId] of this.partialRooms) this.touch(room, actorId);
    });
  }

  /** Someone (actorId) joined or left the room on this process. */
  touch(room: SharedRoom, actorId: string, delayMs = PRESENCE_DEBOUNCE_MS): void {
    if (this.stopped) return;
    const scheduled = this.pending.get(room);
    if (scheduled) {
      scheduled.actorId = actorId;
      return;
    }
    const timer = setTimeout(() => {
      const { actorId: actor } = this.pending.get(room) ?? { actorId };
      this.pending.delete(room);
      const flush = this.flush(room, actor).then(
        () => this.retries.delete(room),
        (error: unknown) => this.retry(room, actor, error),
      );
      this.flushing.add(flush);
      void flush.finally(() => this.flushing.delete(flush));
    }, delayMs);
    this.pending.set(room, { timer, actorId });
  }

  private retry(room: SharedRoom, actorId: string, error: unknown): void {
    const attempt = (this.retries.get(room) ?? 0) + 1;
    this.retries.set(room, attempt);
    const delay = Math.min(PRESENCE_RETRY_MS * 2 ** (attempt - 1), PRESENCE_RETRY_MAX_MS);
    if (attempt === 1 || attempt % 10 === 0) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      this.logger.warn(
        `presence of ${room} not updated (attempt ${attempt}, retrying in ${delay} ms): ${reason}`,
      );
    }
    this.touch(room, actorId, delay);
  }

  /** Everyone viewing the room on any process, one entry per user, sorted by name. */
  async viewers(room: SharedRoom): Promise<PresenceUser[]> {
    return (await this.snapshot(room)).viewers;
  }

  private async snapshot(room: SharedRoom): Promise<Snapshot> {
    const io = this.sockets.io;
    let partial = this.redis.enabled && !(this.redis.available && this.redis.roomsShared);
    let sockets = partial ? await io.local.in(room).fetchSockets() : undefined;
    if (!sockets) {
      try {
        sockets = await withTimeout(io.in(room).fetchSockets(), SNAPSHOT_TIMEOUT_MS);
      } catch {
        partial = true;
        sockets = await io.local.in(room).fetchSockets();
      }
    }
    const users = new Map<string, PresenceUser>();
    for (const socket of sockets) {
      const user = socket.data.user;
      if (user) users.set(user.id, { id: user.id, displayName: user.displayName });
    }
    const viewers = [...users.values()].sort(
      (a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id),
    );
    return { viewers, partial };
  }

  async flush(room: SharedRoom, actorId: string): Promise<void> {
    const { viewers, partial } = await this.snapshot(room);
    if (partial) this.partialRooms.set(room, actorId);
    else this.partialRooms.delete(room);
    const ids = viewers.map((user) => user.id).sort();
    const wrote = await this.uow.run(async ({ manager, record }) => {
      // serialises the room's presence writes; held only for these few statements
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`presence:${room}`]);
      const [row] = (await manager.query(
        `SELECT presence_user_ids::text[] AS ids FROM room_sequences WHERE room = $1`,
        [room],
      )) as { ids: string[] }[];
      if (sameIds(ids, [...(row?.ids ?? [])].sort())) return false;
      await manager.query(
        `INSERT INTO room_sequences (room, last_seq, presence_user_ids) VALUES ($1, 0, $2::uuid[])
         ON CONFLICT (room) DO UPDATE SET presence_user_ids = EXCLUDED.presence_user_ids`,
        [room, ids],
      );
      const data: PresenceData = {
        users: viewers.slice(0, PRESENCE_LIST_LIMIT),
        total: viewers.length,
        ...(partial ? { partial: true as const } : {}),
      };
      await record({ actorId, events: [{ room, type: PRESENCE_CHANGED, data }] });
      return true;
    });
    if (!wrote || partial || this.stopped) return;
    // another process may have logged a newer snapshot between ours and our commit
    const after = await this.snapshot(room);
    if (!after.partial && !sameIds(ids, after.viewers.map((user) => user.id).sort()))
      this.touch(room, actorId);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.allSettled([...this.flushing]);
  }
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
