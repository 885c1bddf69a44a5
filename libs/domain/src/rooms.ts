/** Rooms of the real-time protocol: `<kind>:<uuid>`, one per object people follow live. */

/** Rooms about an object of a network: any member may join, and presence is shown. */
export const SHARED_ROOM_KINDS = ['network', 'round', 'thread', 'goal'] as const;
/** `user:<id>`: one person's own room (their notifications); only that person may join. */
export const ROOM_KINDS = [...SHARED_ROOM_KINDS, 'user'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export type SharedRoomKind = (typeof SHARED_ROOM_KINDS)[number];

/** A room is `<kind>:<uuid>`, e.g. `round:6f1c…`. */
export type RoomName<K extends RoomKind = RoomKind> = `${K}:${string}`;

export const roomName = <K extends RoomKind>(kind: K, id: string): RoomName<K> =>
  `${kind}:${id.toLowerCase()}`;

const ROOM =
  /^(network|round|thread|goal|user):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function parseRoom(room: unknown): { kind: RoomKind; id: string; name: RoomName } | null {
  if (typeof room !== 'string') return null;
  const match = ROOM.exec(room);
  if (!match) return null;
  const kind = match[1].toLowerCase() as RoomKind;
  const id = match[2].toLowerCase();
  return { kind, id, name: roomName(kind, id) };
}

/** Whether the room is about a network's object (not one person's own room). */
export const isSharedRoom = (room: RoomName): room is RoomName<SharedRoomKind> => !room.startsWith('user:');
