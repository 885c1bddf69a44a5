import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last seq handed out per room. Incremented with an upsert inside the writer's transaction:
 * the row lock serialises concurrent writers and a rollback gives the number back, so seqs have
 * no gaps and no duplicates.
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
