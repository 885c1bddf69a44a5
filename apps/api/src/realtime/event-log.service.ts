import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEvent, LoggedEvent } from './room-event.js';

/** Appends events to the per-room log, inside the caller's transaction. */
@Injectable()
export class EventLogService {
  /**
   * Allocates the room's next seq with an upsert (row lock: concurrent writers queue, a rollback
   * hands the number back) and stores the event with it.
   */
  async append(manager: EntityManager, event: DomainEvent): Promise<LoggedEvent> {
    const data = event.restricted ? { ...event.data, __restricted: event.restricted } : event.data;
    const [row] = (await manager.query(
      `WITH next AS (
         INSERT INTO room_sequences (room, last_seq) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET last_seq = room_sequences.last_seq + 1
         RETURNING last_seq
       )
       INSERT INTO room_events (room, seq, type, actor_id, data)
       SELECT $1, last_seq, $2, $3, $4::jsonb FROM next
       RETURNING seq, at`,
      [event.room, event.type, event.actorId, JSON.stringify(data)],
    )) as { seq: string; at: Date }[];
    return {
      seq: Number(row.seq),
      room: event.room,
      type: event.type,
      at: row.at.toISOString(),
      actorId: event.actorId,
      data: event.data,
      restricted: event.restricted,
    };
  }
}
