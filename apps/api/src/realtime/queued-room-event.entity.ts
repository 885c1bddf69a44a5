import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RoomEventContent } from './room-event.entity.js';

/**
 * Room events committed with their change but not numbered yet. A write inserts here (no lock on
 * anything shared, so one room's writes commit together); right after commit the room's sequencer
 * moves them into `room_events` with their seq, in `id` order, and announces them (see
 * EventSequencer). Normally empty; what a process that died between commit and sequencing leaves
 * behind is sequenced by the next write to the room or by any process's sweep.
 */
@Entity('room_event_queue')
export class QueuedRoomEvent extends RoomEventContent {
  /** Taken inside the writing transaction: a change that committed after another one saw it has a higher id. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Index()
  @Column('text')
  room!: string;

  /** When the writing transaction started: becomes the event's `at`. */
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
