/** A change announced to a room, as features publish it (before it has a seq). */
export interface DomainEvent {
  /** `network:<id>`, `round:<id>`, `thread:<id>` or `goal:<id>`. */
  room: string;
  /** e.g. `answer.saved`, `round.phaseChanged` (see ../shared/contract/realtime.md). */
  type: string;
  actorId: string | null;
  data: Record<string, unknown>;
  /**
   * Fields of `data` that only some members may see (e.g. answer values before the visibility
   * rule allows them), and the rule that decides per recipient. The gateway strips them.
   */
  restricted?: RestrictedFields;
}

export interface RestrictedFields {
  fields: string[];
  /** The name of a registered visibility rule and its arguments (kept in the log for replay). */
  rule: string;
  args: Record<string, unknown>;
}

/** An event as stored in the log and delivered: `{ seq, room, type, at, actorId, data }`. */
export interface RoomEventMessage {
  seq: number;
  room: string;
  type: string;
  at: string;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface LoggedEvent extends RoomEventMessage {
  restricted?: RestrictedFields;
}

export type RoomKind = 'network' | 'round' | 'thread' | 'goal';

export const roomName = (kind: RoomKind, id: string) => `${kind}:${id}`;

export function parseRoom(room: unknown): { kind: RoomKind; id: string } | null {
  if (typeof room !== 'string') return null;
  const match = /^(network|round|thread|goal):([0-9a-f-]{36})$/i.exec(room);
  return match ? { kind: match[1] as RoomKind, id: match[2].toLowerCase() } : null;
}
