import type { RoomEventMessage } from '@samrad/domain';

export { parseRoom, roomName, type RoomKind, type RoomEventMessage } from '@samrad/domain';

/** A change announced to a room, as features publish it (before it has a seq). */
export interface DomainEvent {
  /** `network:<id>`, `round:<id>`, `thread:<id>` or `goal:<id>` (build it with `roomName`). */
  room: string;
  /** e.g. `answer.saved`, `round.phaseChanged` (see ../shared/contract/realtime.md). */
  type: string;
  actorId: string | null;
  data: Record<string, unknown>;
  /**
   * Fields of `data` that only some members may see (e.g. answer values before the visibility
   * rule allows them), and the rule that decides per recipient. The gateway strips them for
   * everyone the rule does not name; an unknown rule strips them for everyone.
   */
  restricted?: RestrictedFields;
}

export interface RestrictedFields {
  fields: string[];
  /** The name of a rule registered with `VisibilityRules`, and its arguments (kept in the log for replay). */
  rule: string;
  args: Record<string, unknown>;
}

/** An event as stored in the log: the delivered message plus who may see its restricted fields. */
export interface LoggedEvent extends RoomEventMessage {
  restricted?: RestrictedFields;
}
