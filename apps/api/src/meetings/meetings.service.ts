import { Injectable } from '@nestjs/common';
import type {
  createMeetingSchema,
  meetingDecisionSchema,
  setMeetingMinutesSchema,
  updateMeetingSchema,
} from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { roomName } from '../realtime/room-event.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import { Meeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';
import { audited, meetingEvent, type MeetingChange } from './meeting-events.js';

type AgendaInput = { title: string; notes: string | null }[];

/**
 * Meetings, their agenda, minutes and decisions. Access is the resolver's; here the version check (under
 * the meeting's row lock), the same-network rule of a decision's link and the events. Every change to a
 * meeting or its parts bumps its version, so an editor working from an older one gets CONFLICT.
 */
@Injectable()
export class MeetingsService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(actor: AuthUser, input: z.output<typeof createMeetingSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const meeting = await manager.save(
        manager.create(Meeting, {
          networkId: input.networkId,
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place,
          onlineUrl: input.onlineUrl,
          status: 'PLANNED',
          minutes: '',
          createdById: actor.id,
        }),
      );
      await this.writeAgenda(manager, meeting.id, input.agenda);
      await record({
        actorId: actor.id,
        audit: this.audit(meeting, 'meeting.created', undefined, audited(meeting, input.agenda)),
        events: [meetingEvent(meeting, null)],
      });
      return meeting;
    });
  }

  async update(actor: AuthUser, meetingId: string, input: z.output<typeof updateMeetingSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const meeting = await this.lock(manager, meetingId, input.expectedVersion);
      const agendaBefore = input.agenda ? await this.agenda(manager, meeting.id) : undefined;
      const before = audited(meeting, agendaBefore);
      const changes: Partial<Meeting> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
      if (input.endsAt !== undefined) changes.endsAt = input.endsAt;
      if (input.place !== undefined) changes.place = input.place;
      if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl;
      if (input.status !== undefined) changes.status = input.status;
      const end = changes.endsAt !== undefined ? changes.endsAt : meeting.endsAt;
      const start = changes.startsAt ?? meeting.startsAt;
      if (end && end.getTime() < start.getTime())
        throw badInput('The meeting ends before it starts', {
          problems: [{ path: 'endsAt', message: 'The meeting ends before it starts' }],
        });
      if (input.agenda) {
        await manager.delete(MeetingAgendaItem, { meetingId: meeting.id });
        await this.writeAgenda(manager, meeting.id, input.agenda);
      }
      const saved = await this.bump(manager, meeting.id, changes);
      await record({
        actorId: actor.id,
        audit: this.audit(saved, 'meeting.updated', before, audited(saved, input.agenda)),
        events: [meetingEvent(saved, 'DETAILS')],
      });
      return saved;
    });
  }

  async setMinutes(actor: AuthUser, meetingId: string, input: z.output<typeof setMeetingMinutesSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const meeting = await this.lock(manager, meetingId, input.expectedVersion);
      const before = audited(meeting);
      const saved = await this.bump(manager, meeting.id, { minutes: input.minutes });
      await record({
        actorId: actor.id,
        audit: this.audit(saved, 'meeting.minutesWritten', before, audited(saved)),
        events: [meetingEvent(saved, 'MINUTES')],
      });
      return saved;
    });
  }

  async addDecision(actor: AuthUser, meetingId: string, input: z.output<typeof meetingDecisionSchema>) {
    return this.decisionChange(actor, meetingId, async (manager, meeting) => {
      await this.checkLink(manager, meeting, input);
      const decision = await manager.save(
        manager.create(MeetingDecision, { meetingId: meeting.id, ...input, createdById: actor.id }),
      );
      return { action: 'meeting.decisionAdded', before: null, after: { id: decision.id, ...input } };
    });
  }

  async updateDecision(
    actor: AuthUser,
    decision: MeetingDecision,
    input: z.output<typeof meetingDecisionSchema>,
  ) {
    return this.decisionChange(actor, decision.meetingId, async (manager, meeting) => {
      await this.checkLink(manager, meeting, input);
      const current = await manager.findOneBy(MeetingDecision, { id: decision.id });
      if (!current) throw notFound('Decision');
      await manager.update(MeetingDecision, { id: decision.id }, input);
      return {
        action: 'meeting.decisionUpdated',
        before: {
          id: current.id,
          text: current.text,
          goalId: current.goalId,
          interpretationId: current.interpretationId,
        },
        after: { id: current.id, ...input },
      };
    });
  }

  async removeDecision(actor: AuthUser, decision: MeetingDecision) {
    return this.decisionChange(actor, decision.meetingId, async (manager) => {
      const current = await manager.findOneBy(MeetingDecision, { id: decision.id });
      if (!current) throw notFound('Decision');
      await manager.delete(MeetingDecision, { id: current.id });
      return {
        action: 'meeting.decisionRemoved',
        before: { id: current.id, text: current.text },
        after: null,
      };
    });
  }

  /**
   * Deletes a meeting entered by mistake, with its threads. A HELD meeting is the network's record and stays
   * (CONFLICT, reason MEETING_HELD): cancel it instead.
   */
  async delete(actor: AuthUser, meetingId: string) {
    return this.uow.run(async ({ manager, record }) => {
      const meeting = await this.lock(manager, meetingId, null);
      if (meeting.status === 'HELD')
        throw conflict('A held meeting is the network’s record: it cannot be deleted', {
          reason: 'MEETING_HELD',
        });
      await manager.query(`DELETE FROM threads WHERE subject_type = 'MEETING' AND subject_id = $1`, [
        meeting.id,
      ]);
      await manager.delete(Meeting, { id: meeting.id });
      await record({
        actorId: actor.id,
        audit: this.audit(meeting, 'meeting.deleted', audited(meeting), undefined),
        events: [
          {
            room: roomName('network', meeting.networkId),
            type: 'meeting.deleted',
            data: { meetingId: meeting.id, networkId: meeting.networkId },
          },
        ],
      });
      return meeting.id;
    });
  }

  private async decisionChange(
    actor: AuthUser,
    meetingId: string,
    work: (
      manager: EntityManager,
      meeting: Meeting,
    ) => Promise<{
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>,
  ) {
    return this.uow.run(async ({ manager, record }) => {
      const meeting = await this.lock(manager, meetingId, null);
      const { action, before, after } = await work(manager, meeting);
      const saved = await this.bump(manager, meeting.id, {});
      await record({
        actorId: actor.id,
        audit: this.audit(saved, action, before ?? undefined, after ?? undefined),
        events: [meetingEvent(saved, 'DECISIONS' satisfies MeetingChange)],
      });
      return saved;
    });
  }

  /** The meeting under a row lock; with `expectedVersion`, a stale one is CONFLICT (reason STALE, the current version). */
  private async lock(manager: EntityManager, meetingId: string, expectedVersion: number | null) {
    const meeting = await manager
      .getRepository(Meeting)
      .findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw notFound('Meeting');
    if (expectedVersion !== null && expectedVersion !== meeting.version)
      throw conflict(`The meeting was changed meanwhile (version ${meeting.version}): reload and try again`, {
        reason: 'STALE',
        version: meeting.version,
      });
    return meeting;
  }

  /** Writes the changes and one more version (TypeORM's update adds `version + 1` and `updated_at`). */
  private async bump(manager: EntityManager, meetingId: string, changes: Partial<Meeting>) {
    await manager.update(Meeting, { id: meetingId }, { ...changes, updatedAt: new Date() });
    return manager.findOneByOrFail(Meeting, { id: meetingId });
  }

  private async agenda(manager: EntityManager, meetingId: string) {
    return manager.find(MeetingAgendaItem, { where: { meetingId }, order: { position: 'ASC' } });
  }

  private async writeAgenda(manager: EntityManager, meetingId: string, items: AgendaInput) {
    if (items.length === 0) return;
    await manager.insert(
      MeetingAgendaItem,
      items.map((item, position) => ({ meetingId, position, title: item.title, notes: item.notes })),
    );
  }

  /** A decision's goal or interpretation must be of the meeting's network (else BAD_USER_INPUT naming the field). */
  private async checkLink(
    manager: EntityManager,
    meeting: Meeting,
    input: { goalId: string | null; interpretationId: string | null },
  ) {
    if (input.goalId) {
      const [goal] = await manager.query(`SELECT 1 FROM goals WHERE id = $1 AND network_id = $2`, [
        input.goalId,
        meeting.networkId,
      ]);
      if (!goal)
        throw badInput('The goal is not a goal of this network', {
          problems: [{ path: 'goalId', message: 'Not a goal of this network' }],
        });
    }
    if (input.interpretationId) {
      const [proposal] = await manager.query(
        `SELECT 1 FROM interpretation_proposals p JOIN rounds r ON r.id = p.round_id
          WHERE p.id = $1 AND r.network_id = $2`,
        [input.interpretationId, meeting.networkId],
      );
      if (!proposal)
        throw badInput('The interpretation is not one of this network', {
          problems: [{ path: 'interpretationId', message: 'Not an interpretation of this network' }],
        });
    }
  }

  private audit(
    meeting: Meeting,
    action: string,
    before?: Record<string, unknown>,
    after?: Record<string, unknown>,
  ) {
    return {
      networkId: meeting.networkId,
      action,
      subjectType: 'MEETING',
      subjectId: meeting.id,
      before,
      after,
    };
  }
}
