import { Injectable } from '@nestjs/common';
import type {
  addLocalMeasureSchema,
  commitToGoalSchema,
  declineGoalSchema,
  recordMeasureValueSchema,
} from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { badInput, conflict, notFound } from '../../common/app-error.js';
import type { AuthUser } from '../../common/request-context.js';
import { roomName, type RoomEvent } from '../../realtime/room-event.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import type { Goal } from '../goal.entity.js';
import { lockGoal, toGoalRooms } from '../goal-events.js';
import { Commitment } from './commitment.entity.js';
import { LocalMeasure, LocalMeasureValue } from './local-measure.entity.js';

/**
 * A municipality's answer to a goal (its head commits with a plan and an owner, or declines with a
 * reason; a later answer replaces the earlier one) and its local follow-up measures.
 */
@Injectable()
export class CommitmentsService {
  constructor(private readonly uow: UnitOfWork) {}

  async commit(actor: AuthUser, input: z.output<typeof commitToGoalSchema>) {
    return this.answer(actor, input.goalId, input.municipalityId, async (manager, goal) => {
      if (input.ownerId) await this.ownerOf(manager, goal, input.municipalityId, input.ownerId);
      return {
        status: 'COMMITTED' as const,
        plan: input.plan,
        ownerId: input.ownerId ?? actor.id,
        declineReason: null,
      };
    });
  }

  async decline(actor: AuthUser, input: z.output<typeof declineGoalSchema>) {
    return this.answer(actor, input.goalId, input.municipalityId, async () => ({
      status: 'DECLINED' as const,
      plan: null,
      ownerId: null,
      declineReason: input.reason,
    }));
  }

  async addMeasure(actor: AuthUser, input: z.output<typeof addLocalMeasureSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const { commitment, goal } = await this.committed(manager, input.commitmentId);
      const measure = await manager.save(
        manager.create(LocalMeasure, {
          commitmentId: commitment.id,
          name: input.name,
          unit: input.unit,
          createdById: actor.id,
        }),
      );
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'localMeasure.added',
          subjectType: 'LOCAL_MEASURE',
          subjectId: measure.id,
          after: { commitmentId: commitment.id, name: measure.name, unit: measure.unit },
        },
        events: [measureUpdated(goal.id, commitment, measure, null)],
      });
      return measure;
    });
  }

  async recordValue(actor: AuthUser, input: z.output<typeof recordMeasureValueSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const measure = await manager.findOneBy(LocalMeasure, { id: input.measureId });
      if (!measure) throw notFound('Measure');
      const { commitment, goal } = await this.committed(manager, measure.commitmentId);
      const value = await manager.save(
        manager.create(LocalMeasureValue, {
          measureId: measure.id,
          value: input.value,
          measuredOn: input.measuredOn,
          note: input.note,
          recordedById: actor.id,
        }),
      );
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'localMeasure.valueRecorded',
          subjectType: 'LOCAL_MEASURE',
          subjectId: measure.id,
          after: { value: input.value, measuredOn: input.measuredOn, note: input.note },
        },
        events: [
          measureUpdated(goal.id, commitment, measure, {
            id: value.id,
            value: input.value,
            measuredOn: input.measuredOn,
          }),
        ],
      });
      return value;
    });
  }

  /** Commit or decline: one row per goal and municipality, replaced by a later answer. */
  private answer(
    actor: AuthUser,
    goalId: string,
    municipalityId: string,
    decide: (
      manager: EntityManager,
      goal: Goal,
    ) => Promise<Pick<Commitment, 'status' | 'plan' | 'ownerId' | 'declineReason'>>,
  ) {
    return this.uow.run(async ({ manager, record }) => {
      const goal = await lockGoal(manager, goalId, 'share', true);
      await this.memberMunicipality(manager, goal, municipalityId);
      const values = await decide(manager, goal);
      const existing = await manager
        .getRepository(Commitment)
        .findOne({ where: { goalId, municipalityId }, lock: { mode: 'pessimistic_write' } });
      const before = existing
        ? {
            status: existing.status,
            plan: existing.plan,
            ownerId: existing.ownerId,
            declineReason: existing.declineReason,
          }
        : null;
      const commitment = await manager.save(
        existing
          ? Object.assign(existing, values, { decidedById: actor.id })
          : manager.create(Commitment, { goalId, municipalityId, ...values, decidedById: actor.id }),
      );
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: commitment.status === 'COMMITTED' ? 'goal.committed' : 'goal.declined',
          subjectType: 'GOAL_COMMITMENT',
          subjectId: commitment.id,
          before,
          after: { goalId, municipalityId, ...values },
        },
        events: toGoalRooms(goal, 'goal.committed', {
          goalId,
          networkId: goal.networkId,
          commitmentId: commitment.id,
          municipalityId,
          status: commitment.status,
          plan: commitment.plan,
          ownerId: commitment.ownerId,
          declineReason: commitment.declineReason,
        }),
      });
      return commitment;
    });
  }

  /** A committed municipality's commitment on an open goal (measures are kept only while committed). */
  private async committed(manager: EntityManager, commitmentId: string) {
    const commitment = await manager.findOneBy(Commitment, { id: commitmentId });
    if (!commitment) throw notFound('Commitment');
    const goal = await lockGoal(manager, commitment.goalId, 'share', true);
    if (commitment.status !== 'COMMITTED')
      throw conflict('The municipality declined this goal', { reason: 'NOT_COMMITTED' });
    return { commitment, goal };
  }

  private async memberMunicipality(manager: EntityManager, goal: Goal, municipalityId: string) {
    const [row] = await manager.query(
      'SELECT 1 FROM network_municipalities WHERE network_id = $1 AND municipality_id = $2',
      [goal.networkId, municipalityId],
    );
    if (!row)
      throw badInput('The municipality is not a member of the network', {
        problems: [{ path: 'municipalityId', message: 'Not a municipality of the network' }],
      });
  }

  /** The owner must hold a role for the municipality in the goal's network. */
  private async ownerOf(manager: EntityManager, goal: Goal, municipalityId: string, ownerId: string) {
    const [row] = await manager.query(
      'SELECT 1 FROM memberships WHERE network_id = $1 AND municipality_id = $2 AND user_id = $3',
      [goal.networkId, municipalityId, ownerId],
    );
    if (!row)
      throw badInput('The owner must be a member of the municipality in this network', {
        problems: [{ path: 'ownerId', message: 'Not a member of the municipality' }],
      });
  }
}

/** `localMeasure.updated` to the goal's room: a measure added (`value` null) or a value of it recorded. */
function measureUpdated(
  goalId: string,
  commitment: Commitment,
  measure: LocalMeasure,
  value: { id: string; value: number; measuredOn: string } | null,
): RoomEvent<'localMeasure.updated'> {
  return {
    room: roomName('goal', goalId),
    type: 'localMeasure.updated',
    data: {
      goalId,
      commitmentId: commitment.id,
      municipalityId: commitment.municipalityId,
      measureId: measure.id,
      name: measure.name,
      unit: measure.unit,
      valueId: value?.id ?? null,
      value: value?.value ?? null,
      measuredOn: value?.measuredOn ?? null,
    },
  };
}
