import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The event log: every event delivered to a room, numbered per room, kept for replay. */
@Entity('room_events')
export class RoomEvent {
  @PrimaryColumn('text')
  room!: string;

  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column('text')
  type!: string;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('jsonb')
  data!: Record<string, unknown>;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
