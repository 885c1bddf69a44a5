import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit for the event log: writes queue their events in `room_event_queue` (no seq, no
 * shared lock) and `sequence_room_events(rooms, …)` numbers and announces them after commit, one
 * sequencer per room at a time (see apps/api/src/realtime/event-sequencer.ts).
 */
export class RoomEventQueue1796080264645 implements MigrationInterface {
  name = 'RoomEventQueue1796080264645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "room_event_queue" ("id" BIGSERIAL NOT NULL, "room" text NOT NULL, "type" text NOT NULL, "actor_id" uuid, "data" jsonb NOT NULL, "restricted" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e95f0ab24561716e003da720e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ab6396015f2870c8e6b3363b4e" ON "room_event_queue"  ("room") ');
    // One transaction (the caller's statement). The rooms' advisory locks, taken in sorted order
    // (two runs sharing rooms cannot deadlock), serialise sequencers across processes; the next
    // statement's snapshot, taken after the locks, sees every queued event committed before it, and
    // the run before ours is done. Each room's queued events get its next seqs in id order, move
    // into the log and are NOTIFYed in seq order; PostgreSQL delivers the notifications on commit,
    // in commit order. Returns how many were sequenced.
    await queryRunner.query(`
      CREATE FUNCTION sequence_room_events(p_rooms text[], p_channel text, p_notify_limit int)
      RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        r text;
        sequenced int;
      BEGIN
        FOR r IN SELECT DISTINCT unnest(p_rooms) ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(hashtextextended('room_events:' || r, 0));
        END LOOP;
        WITH moved AS (
          DELETE FROM room_event_queue WHERE room = ANY (p_rooms)
          RETURNING id, room, type, actor_id, data, restricted, at
        ), counted AS (
          SELECT room, count(*) AS n FROM moved GROUP BY room
        ), next AS (
          INSERT INTO room_sequences AS s (room, last_seq)
          SELECT room, n FROM counted ORDER BY room
          ON CONFLICT (room) DO UPDATE SET last_seq = s.last_seq + EXCLUDED.last_seq
          RETURNING s.room, s.last_seq
        ), saved AS (
          INSERT INTO room_events (room, seq, type, actor_id, data, restricted, at)
          SELECT moved.room, next.last_seq - counted.n + row_number() OVER (PARTITION BY moved.room ORDER BY moved.id),
                 moved.type, moved.actor_id, moved.data, moved.restricted, moved.at
            FROM moved JOIN counted USING (room) JOIN next USING (room)
          RETURNING room, seq, type, actor_id, data, restricted, at
        ), message AS (
          SELECT room, seq, json_build_object(
                   'room', room, 'seq', seq, 'type', type, 'actorId', actor_id, 'at', at,
                   'data', data, 'restricted', restricted)::text AS full_text
            FROM saved ORDER BY room, seq
        )
        SELECT count(*) INTO sequenced FROM (
          SELECT pg_notify(p_channel, CASE WHEN octet_length(full_text) <= p_notify_limit THEN full_text
                                      ELSE json_build_object('room', room, 'seq', seq)::text END)
            FROM message
        ) AS notified;
        RETURN sequenced;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION sequence_room_events(text[], text, int)');
    await queryRunner.query('DROP INDEX "public"."IDX_ab6396015f2870c8e6b3363b4e"');
    await queryRunner.query('DROP TABLE "room_event_queue"');
  }
}
