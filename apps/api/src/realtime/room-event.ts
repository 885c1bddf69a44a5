import type { RestrictedField, RoomEventData, RoomEventMessage, RoomEventType, RoomOf } from '@samrad/domain';

export {
  parseRoom,
  roomName,
  type RoomEventData,
  type RoomEventMessage,
  type RoomKind,
  type RoomName,
} from '@samrad/domain';

/** Who may see an event's restricted fields: a rule registered with `VisibilityRules`, and its arguments. */
export interface VisibleTo {
  rule: string;
  /** Kept in the log with the event, so replay applies the same rule. */
  args: Record<string, unknown>;
}

/**
 * A change announced to a room, as features record it (before it has a seq): one of the types of
 * the catalogue (libs/domain/src/room-events.ts) with its data, to one of that type's rooms. An
 * event type with restricted fields (e.g. an answer's value) must say who may see them.
 */
export type RoomEvent<T extends RoomEventType = RoomEventType> = {
  [K in T]: { room: RoomOf<K>; type: K; data: RoomEventData<K> } & ([RestrictedField<K>] extends [never]
    ? { visibleTo?: never }
    : { visibleTo: VisibleTo });
}[T];

/** As stored with an event: the fields to withhold and the rule deciding who sees them. */
export interface RestrictedFields extends VisibleTo {
  fields: string[];
}

/** An event as stored in the log: the delivered message plus who may see its restricted fields. */
export type LoggedEvent = RoomEventMessage & { restricted?: RestrictedFields };
