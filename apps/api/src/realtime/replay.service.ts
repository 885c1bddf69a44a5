import { Injectable } from '@nestjs/common';
import { EVENT_RETENTION_DAYS, REPLAY_PAGE_SIZE, type replaySchema, type ReplayAck } from '@samrad/domain';
import type { z } from 'zod';
import type { AuthUser } from '../common/request-context.js';
import { EventLogService } from './event-log.service.js';
import { RoomAccess } from './room-access.js';
import { presentTo, VisibilityRules } from './visibility-rules.js';

export const RETENTION_MS = EVENT_RETENTION_DAYS * 24 * 60 * 60 * 1000;

/**
 * `replay {room, afterSeq, limit?}`: the events a client missed, oldest first, one bounded page at
 * a time, stripped for the caller like live delivery. Access is checked again (the membership may
 * have ended since the client joined). When the log can no longer continue the client's sequence
 * (pruned, past the retention window, or the client is ahead of the log), the answer is
 * REPLAY_TOO_OLD with the room's current `seq`: refetch, then continue from there.
 */
@Injectable()
export class ReplayService {
  constructor(
    private readonly access: RoomAccess,
    private readonly eventLog: EventLogService,
    private readonly rules: VisibilityRules,
  ) {}

  async replay(user: AuthUser, input: z.output<typeof replaySchema>, now = Date.now()): Promise<ReplayAck> {
    const { room } = await this.access.check(user, input.room);
    const limit = input.limit ?? REPLAY_PAGE_SIZE;
    const lastSeq = await this.eventLog.lastSeq(room);
    const events = await this.eventLog.after(room, input.afterSeq, limit + 1);
    const latest = Math.max(lastSeq, events.at(-1)?.seq ?? 0);
    const tooOld = { ok: false as const, error: 'REPLAY_TOO_OLD' as const, seq: latest };
    if (input.afterSeq > latest) return { ...tooOld, message: 'The room has no such event: refetch' };
    if (input.afterSeq < latest) {
      const first = events[0];
      if (!first || first.seq !== input.afterSeq + 1 || Date.parse(first.at) < now - RETENTION_MS) {
        return { ...tooOld, message: 'These events are no longer kept: refetch' };
      }
    }
    const page = events.slice(0, limit);
    return {
      ok: true,
      events: await presentTo(this.rules, page, user.id),
      hasMore: events.length > limit,
      seq: latest,
    };
  }
}
