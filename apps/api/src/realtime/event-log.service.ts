import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { restrictedFields } from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { LoggedEvent, RestrictedFields, RoomEvent } from './room-event.js';

/** The PostgreSQL channel every committed room event is announced on (see RoomEventListener). */
export const ROOM_EVENTS_CHANNEL = 'samrad_room_events';
/** NOTIFY payloads must stay under 8000 bytes; bigger events are announced by key and read back. */
const NOTIFY_PAYLOAD_LIMIT = 7900;

interface EventRow {
  room: string;
  seq: string;
  type: string;
  actor_id: string | null;
  data: Record<string, unknown>;
  restricted: RestrictedFields | null;
  at: Date;
}

// The log holds only what the typed publisher (`append`) wrote, so a row is one of the catalogue's events.
const toLogged = (row: EventRow): LoggedEvent =>
  ({
    seq: Number(row.seq),
    room: row.room,
    type: row.type,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    data: row.data,
    ...(row.restricted ? { restricted: row.restricted } : {}),
  }) as LoggedEvent;

/** The CTE turning the `saved` rows into their NOTIFY text (`full_text`), for both appends. */
const MESSAGE = `message AS (
         SELECT saved.*, json_build_object(
           'room', room, 'seq', seq, 'type', type, 'actorId', actor_id, 'at', at,
           'data', data, 'restricted', restricted)::text AS full_text
         FROM saved
       )`;
/** The announcement of each row of `message`: whole, or by key when too big for NOTIFY. */
const NOTIFY = (channel: string, limit: string) =>
  `pg_notify(${channel}, CASE WHEN octet_length(full_text) <= ${limit} THEN full_text
                          ELSE json_build_object('room', room, 'seq', seq)::text END)`;

/** Appends events to the per-room log inside the caller's transaction, and reads them back. */
@Injectable()
export class EventLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Allocates the room's next seq with an upsert (row lock: concurrent writers queue, a rollback
   * hands the number back), stores the event with it and NOTIFYs it. PostgreSQL delivers
   * notifications only on commit and in commit order, and the row lock makes commit order the
   * seq order of a room: every API process hears each room's events once, in order.
   */
  async append(manager: EntityManager, actorId: string | null, event: RoomEvent): Promise<LoggedEvent> {
    const restricted: RestrictedFields | null = event.visibleTo
      ? { fields: [...restrictedFields(event.type)], ...event.visibleTo }
      : null;
    const [row] = (await manager.query(
      `WITH next AS (
         INSERT INTO room_sequences (room, last_seq) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET last_seq = room_sequences.last_seq + 1
         RETURNING last_seq
       ), saved AS (
         INSERT INTO room_events (room, seq, type, actor_id, data, restricted)
         SELECT $1, last_seq, $2, $3, $4::jsonb, $5::jsonb FROM next
         RETURNING room, seq, type, actor_id, data, restricted, at
       ), ${MESSAGE}
       SELECT seq, at, ${NOTIFY('$6', '$7')} FROM message`,
      [
        event.room,
        event.type,
        actorId,
        JSON.stringify(event.data),
        restricted ? JSON.stringify(restricted) : null,
        ROOM_EVENTS_CHANNEL,
        NOTIFY_PAYLOAD_LIMIT,
      ],
    )) as { seq: string; at: Date }[];
    return {
      seq: Number(row.seq),
      room: event.room,
      type: event.type,
      at: row.at.toISOString(),
      actorId,
      data: event.data,
      ...(restricted ? { restricted } : {}),
    } as LoggedEvent;
  }

  /**
   * The same as `append` for many events in one statement, when each goes to a different room
   * and none has restricted fields (a notification to each of a thread's followers): one round
   * trip, however many rooms. Rooms are sequenced in sorted order, so two such writes cannot
   * deadlock on each other's sequence rows.
   */
  async appendToRooms(manager: EntityManager, actorId: string | null, events: RoomEvent[]): Promise<void> {
    if (events.length === 0) return;
    const sorted = [...events].sort((a, b) => (a.room < b.room ? -1 : a.room > b.room ? 1 : 0));
    if (new Set(sorted.map((e) => e.room)).size !== sorted.length || sorted.some((e) => e.visibleTo)) {
      throw new Error('appendToRooms takes events to distinct rooms without restricted fields');
    }
    await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS i(room, type, data, n)
       ), next AS (
         INSERT INTO room_sequences (room, last_seq) SELECT room, 1 FROM input ORDER BY n
         ON CONFLICT (room) DO UPDATE SET last_seq = room_sequences.last_seq + 1
         RETURNING room, last_seq
       ), saved AS (
         INSERT INTO room_events (room, seq, type, actor_id, data, restricted)
         SELECT input.room, next.last_seq, input.type, $4, input.data, NULL
           FROM input JOIN next ON next.room = input.room
         RETURNING room, seq, type, actor_id, data, restricted, at
       ), ${MESSAGE}
       SELECT count(${NOTIFY('$5', '$6')}) FROM message`,
      [
        sorted.map((e) => e.room),
        sorted.map((e) => e.type),
        sorted.map((e) => JSON.stringify(e.data)),
        actorId,
        ROOM_EVENTS_CHANNEL,
        NOTIFY_PAYLOAD_LIMIT,
      ],
    );
  }

  /** The room's events after `afterSeq`, oldest first, at most `limit`. */
  async after(room: string, afterSeq: number, limit: number): Promise<LoggedEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT room, seq, type, actor_id, data, restricted, at FROM room_events
        WHERE room = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [room, afterSeq, limit],
    )) as EventRow[];
    return rows.map(toLogged);
  }

  /** The room's events with afterSeq < seq < beforeSeq, oldest first (to fill a gap). */
  async between(room: string, afterSeq: number, beforeSeq: number): Promise<LoggedEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT room, seq, type, actor_id, data, restricted, at FROM room_events
        WHERE room = $1 AND seq > $2 AND seq < $3 ORDER BY seq`,
      [room, afterSeq, beforeSeq],
    )) as EventRow[];
    return rows.map(toLogged);
  }

  async one(room: string, seq: number): Promise<LoggedEvent | null> {
    const [row] = (await this.dataSource.query(
      `SELECT room, seq, type, actor_id, data, restricted, at FROM room_events WHERE room = $1 AND seq = $2`,
      [room, seq],
    )) as EventRow[];
    return row ? toLogged(row) : null;
  }

  /** The last seq handed out in the room (0 when it has none). */
  async lastSeq(room: string): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT last_seq FROM room_sequences WHERE room = $1`, [
      room,
    ])) as { last_seq: string }[];
    return row ? Number(row.last_seq) : 0;
  }
}
