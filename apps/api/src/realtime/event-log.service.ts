import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { restrictedFields } from '@samrad/domain';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQueryIn } from '../common/loaders.js';
import { AppConfig } from '../config/app-config.js';
import type { LoggedEvent, RestrictedFields, RoomEvent } from './room-event.js';

/** The PostgreSQL channel every committed room event is announced on (see RoomEventListener). */
export const ROOM_EVENTS_CHANNEL = 'samrad_room_events';
/** NOTIFY payloads must stay under 8000 bytes; bigger events are announced by key and read back. */
const NOTIFY_PAYLOAD_LIMIT = 7900;
/**
 * Sequencer connections per process: one run per room at a time, and the commits of different
 * rooms' runs queue on PostgreSQL's notify lock anyway.
 */
const SEQUENCER_CONNECTIONS = 3;

interface EventRow {
  room: string;
  seq: string;
  type: string;
  actor_id: string | null;
  data: Record<string, unknown>;
  restricted: RestrictedFields | null;
  at: Date;
}

// The log holds only what the typed publisher (`queue`) wrote, so a row is one of the catalogue's events.
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

/** What a queued event keeps of who may see its restricted fields, as JSON (null: everyone sees all). */
export const restrictedJson = (event: Pick<RoomEvent, 'type' | 'visibleTo'>): string | null =>
  event.visibleTo ? JSON.stringify({ fields: [...restrictedFields(event.type)], ...event.visibleTo }) : null;

/** The per-room event log: queues a change's events, sequences them after commit, reads them back. */
@Injectable()
export class EventLogService implements OnModuleDestroy {
  /**
   * Sequencing runs on connections of its own: it runs right after a commit, while the requests
   * behind it wait for the main pool, and must not queue behind them (their writes wait for it).
   */
  private readonly sequencerPool: pg.Pool;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.sequencerPool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: SEQUENCER_CONNECTIONS,
      application_name: 'samrad-sequencer',
      connectionTimeoutMillis: 5000,
    });
    // an idle connection that dies is replaced on the next use; a query on it fails and is retried by the sweep
    this.sequencerPool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.sequencerPool.end();
  }

  /**
   * Queues a transaction's events, in one statement and in their order, without a seq and without
   * locking anything shared, so concurrent writes to one room commit together (group commit).
   * UnitOfWork calls it once, at the end of the transaction (after every lock the write took), and
   * `sequence` numbers and announces them after the commit.
   */
  async queue(manager: EntityManager, events: { actorId: string | null; event: RoomEvent }[]): Promise<void> {
    if (events.length === 0) return;
    const restricted = events.map(({ event }) => restrictedJson(event));
    // ids are taken in this order: the events of one change keep their order in a room (prepared: every
    // write runs it)
    await preparedQueryIn(
      manager,
      'room_event_queue.insert',
      `INSERT INTO room_event_queue (room, type, actor_id, data, restricted)
       SELECT room, type, actor_id, data, restricted
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::jsonb[], $5::jsonb[])
              WITH ORDINALITY AS e(room, type, actor_id, data, restricted, n)
        ORDER BY n`,
      [
        events.map(({ event }) => event.room),
        events.map(({ event }) => event.type),
        events.map(({ actorId }) => actorId),
        events.map(({ event }) => JSON.stringify(event.data)),
        restricted,
      ],
    );
  }

  /**
   * Gives the rooms' queued, committed events their seqs (each room's next ones, in queue order),
   * moves them into the log and NOTIFYs them, in one short transaction that only one process at a
   * time runs per room (`sequence_room_events`: advisory locks, taken in sorted order). PostgreSQL
   * delivers notifications only on commit and in commit order, so every API process hears each
   * room's events once, in seq order, and only after the data they announce committed. Returns
   * how many it sequenced.
   */
  async sequence(rooms: string[]): Promise<number> {
    const { rows } = await this.sequencerPool.query<{ sequenced: number }>({
      name: 'sequence_room_events',
      text: `SELECT sequence_room_events($1::text[], $2, $3) AS sequenced`,
      values: [rooms, ROOM_EVENTS_CHANNEL, NOTIFY_PAYLOAD_LIMIT],
    });
    return rows[0].sequenced;
  }

  /** Rooms with events queued before `olderThanMs` ago (left behind by a process that stopped). */
  async roomsWithQueued(olderThanMs: number): Promise<string[]> {
    const { rows } = await this.sequencerPool.query<{ room: string }>(
      `SELECT DISTINCT room FROM room_event_queue WHERE at < now() - make_interval(secs => $1)`,
      [olderThanMs / 1000],
    );
    return rows.map((row) => row.room);
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
