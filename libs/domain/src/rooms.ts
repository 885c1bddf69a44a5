/** Rooms of the real-time protocol: `<kind>:<uuid>`, one per object people follow live. */

export const ROOM_KINDS = ['network', 'round', 'thread', 'goal'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** A room is `<kind>:<uuid>`, e.g. `round:6f1c…`. */
export type RoomName<K extends RoomKind = RoomKind> = `${K}:${string}`;

export const roomName = <K extends RoomKind>(kind: K, id: string): RoomName<K> =>
  `${kind}:${id.toLowerCase()}`;

const ROOM = /^(network|round|thread|goal):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function parseRoom(room: unknown): { kind: RoomKind; id: string; name: RoomName } | null {
  if (typeof room !== 'string') return null;
  const match = ROOM.exec(room);
  if (!match) return null;
  const kind = match[1].toLowerCase() as RoomKind;
  const id = match[2].toLowerCase();
  return { kind, id, name: roomName(kind, id) };
}
