import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoomEventMessage } from '@samrad/domain';
import { DataSource } from 'typeorm';
import type { LoggedEvent, RestrictedFields } from './room-event.js';

/**
 * Decides which of `userIds` may see an event's restricted fields, in one go for all recipients
 * (one query for a thousand sockets, not a thousand). `args` are what the publisher stored with
 * the event, e.g. `{ roundId, municipalityId }`.
 */
export type VisibilityRule = (input: {
  args: Record<string, unknown>;
  userIds: string[];
  dataSource: DataSource;
}) => Promise<Set<string>>;

/**
 * The named rules that decide per recipient who sees restricted event fields. Features register
 * theirs at start (the answers feature registers `answers.visible`). Deny by default: an unknown
 * rule, or a rule that fails, strips the fields for everyone.
 */
@Injectable()
export class VisibilityRules {
  private readonly logger = new Logger(VisibilityRules.name);
  private readonly rules = new Map<string, VisibilityRule>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(name: string, rule: VisibilityRule): void {
    if (this.rules.has(name)) throw new Error(`Visibility rule ${name} is already registered`);
    this.rules.set(name, rule);
  }

  /** The users among `userIds` who may see the restricted fields. */
  async allowed(restricted: RestrictedFields, userIds: string[]): Promise<Set<string>> {
    const rule = this.rules.get(restricted.rule);
    if (!rule) {
      this.logger.warn(`No visibility rule named ${restricted.rule}: restricted fields withheld`);
      return new Set();
    }
    if (userIds.length === 0) return new Set();
    try {
      return await rule({
        args: restricted.args,
        userIds: [...new Set(userIds)],
        dataSource: this.dataSource,
      });
    } catch (error) {
      this.logger.error(error, `visibility rule ${restricted.rule} failed: restricted fields withheld`);
      return new Set();
    }
  }
}

/** The message as delivered: without the visibility metadata. */
export function toMessage(event: LoggedEvent): RoomEventMessage {
  const { restricted: _restricted, ...message } = event;
  return message;
}

/** The message for someone who may not see the restricted fields: those fields removed from `data`. */
export function withoutRestricted(event: LoggedEvent): RoomEventMessage {
  const message = toMessage(event);
  if (!event.restricted) return message;
  const hidden = new Set(event.restricted.fields);
  // the catalogue types restricted fields as optional in delivered data (DeliveredData)
  const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => !hidden.has(key)));
  return { ...message, data } as RoomEventMessage;
}

/** The events as `userId` may see them: one rule evaluation per distinct rule and arguments. */
export async function presentTo(
  rules: VisibilityRules,
  events: LoggedEvent[],
  userId: string,
): Promise<RoomEventMessage[]> {
  const verdicts = new Map<string, Promise<boolean>>();
  const maySee = (restricted: RestrictedFields) => {
    const key = JSON.stringify([restricted.rule, restricted.args]);
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = rules.allowed(restricted, [userId]).then((allowed) => allowed.has(userId));
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  return Promise.all(
    events.map(async (event) =>
      !event.restricted || (await maySee(event.restricted)) ? toMessage(event) : withoutRestricted(event),
    ),
  );
}
