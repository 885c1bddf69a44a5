import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last seq handed out per room. Moved only by `sequence_room_events` (EventSequencer), after
 * the writes commit and under the room's advisory lock: only committed events are numbered, one
 * sequencer at a time, so seqs have no gaps and no duplicates.
 */
@Entity('room_sequences')
export class RoomSequence {
  @PrimaryColumn('text')
  room!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  lastSeq!: number;

  /**
   * The user ids of the last `presence.changed` logged for the room (sorted), so a presence
   * change is logged only when the set of viewers really changed.
   */
  @Column('uuid', { array: true, default: () => "'{}'" })
  presenceUserIds!: string[];
}
