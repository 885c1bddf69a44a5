import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RestrictedFields } from './room-event.js';

/** What an event is, before it is numbered (`QueuedRoomEvent`) and after (`RoomEvent`). */
export abstract class RoomEventContent {
  @Column('text')
  type!: string;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('jsonb')
  data!: Record<string, unknown>;

  /** Which `data` fields only some members may see, and the rule that decides (null: all may). */
  @Column('jsonb', { nullable: true })
  restricted!: RestrictedFields | null;
}

/** The event log: every event delivered to a room, numbered per room, kept for replay. */
@Entity('room_events')
export class RoomEvent extends RoomEventContent {
  @PrimaryColumn('text')
  room!: string;

  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  /** For the retention prune. */
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
