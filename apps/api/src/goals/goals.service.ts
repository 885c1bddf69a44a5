import { Injectable } from '@nestjs/common';
import {
  goalProposalOpen,
  goalTransitionAllowed,
  type createGoalSchema,
  type setGoalStatusSchema,
  type updateGoalSchema,
} from '@samrad/domain';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { Indicator } from '../catalogue/indicator.entity.js';
import { badInput, conflict, phaseClosed } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { UnitOfWork } from '../realtime/unit-of-work.service.js';
import { Round } from '../rounds/round.entity.js';
import { Goal, GoalIndicator, GoalStatusChange } from './goal.entity.js';
import { goalState, lockGoal, toGoalRooms } from './goal-events.js';

const audited = (goal: Goal, indicatorIds: string[]) => ({
  title: goal.title,
  description: goal.description,
  target: goal.target,
  dueDate: goal.dueDate?.toISOString() ?? null,
  status: goal.status,
  baselineRoundId: goal.baselineRoundId,
  indicatorIds,
});

/**
 * Goals themselves: proposing one (from a round's results), editing it and moving its status.
 * Access is the resolver's (coordinators); the phase and status rules live here, under row locks.
 */
@Injectable()
export class GoalsService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(actor: AuthUser, input: z.output<typeof createGoalSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      if (input.baselineRoundId) {
        const round = await manager
          .getRepository(Round)
          .findOne({ where: { id: input.baselineRoundId }, lock: { mode: 'pessimistic_read' } });
        if (!round || round.networkId !== input.networkId)
          throw badInput('The baseline round is not a round of this network', {
            problems: [{ path: 'baselineRoundId', message: 'Not a round of this network' }],
          });
        if (!goalProposalOpen(round.phase))
          throw phaseClosed(
            `Goals are proposed in DISCUSSION or GOAL_SETTING of their baseline round; the round is in ${round.phase}`,
          );
        await this.indicatorsOfRound(manager, round, input.indicatorIds);
      }
      const goal = await manager.save(
        manager.create(Goal, {
          networkId: input.networkId,
          baselineRoundId: input.baselineRoundId,
          title: input.title,
          description: input.description,
          target: input.target,
          dueDate: input.dueDate,
          status: 'PROPOSED',
          createdById: actor.id,
        }),
      );
      await this.linkIndicators(manager, goal.id, input.indicatorIds);
      await manager.insert(GoalStatusChange, {
        goalId: goal.id,
        fromStatus: null,
        toStatus: 'PROPOSED',
        reason: null,
        changedById: actor.id,
      });
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'goal.created',
          subjectType: 'GOAL',
          subjectId: goal.id,
          after: audited(goal, input.indicatorIds),
        },
        events: toGoalRooms(goal, 'goal.created', { ...goalState(goal), indicatorIds: input.indicatorIds }),
      });
      return goal;
    });
  }

  async update(actor: AuthUser, goalId: string, input: z.output<typeof updateGoalSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const goal = await lockGoal(manager, goalId, 'update', true);
      const linkedBefore = await this.linkedIds(manager, goal.id);
      const before = audited(goal, linkedBefore);
      if (input.title !== undefined) goal.title = input.title;
      if (input.description !== undefined) goal.description = input.description;
      if (input.target !== undefined) goal.target = input.target;
      if (input.dueDate !== undefined) goal.dueDate = input.dueDate;
      let linked = linkedBefore;
      if (input.indicatorIds !== undefined) {
        if (input.indicatorIds.length > 0) {
          const round = goal.baselineRoundId
            ? await manager.findOneBy(Round, { id: goal.baselineRoundId })
            : null;
          if (!round)
            throw badInput('A goal without a baseline round links no indicators', {
              problems: [{ path: 'indicatorIds', message: 'The goal has no baseline round' }],
            });
          await this.indicatorsOfRound(manager, round, input.indicatorIds);
        }
        await manager.delete(GoalIndicator, { goalId: goal.id });
        await this.linkIndicators(manager, goal.id, input.indicatorIds);
        linked = input.indicatorIds;
      }
      const saved = await manager.save(goal);
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'goal.updated',
          subjectType: 'GOAL',
          subjectId: goal.id,
          before,
          after: audited(saved, linked),
        },
        events: toGoalRooms(saved, 'goal.updated', {
          ...goalState(saved),
          indicatorIds: linked,
          change: 'EDITED',
          previousStatus: null,
          reason: null,
        }),
      });
      return saved;
    });
  }

  async setStatus(actor: AuthUser, goalId: string, input: z.output<typeof setGoalStatusSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const goal = await lockGoal(manager, goalId, 'update');
      const from = goal.status;
      if (!goalTransitionAllowed(from, input.status))
        throw conflict(`A ${from} goal cannot become ${input.status}`, {
          reason: 'STATUS_TRANSITION',
          status: from,
        });
      goal.status = input.status;
      const saved = await manager.save(goal);
      await manager.insert(GoalStatusChange, {
        goalId: goal.id,
        fromStatus: from,
        toStatus: input.status,
        reason: input.reason,
        changedById: actor.id,
      });
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'goal.statusChanged',
          subjectType: 'GOAL',
          subjectId: goal.id,
          before: { status: from },
          after: { status: input.status, reason: input.reason },
        },
        events: toGoalRooms(saved, 'goal.updated', {
          ...goalState(saved),
          indicatorIds: await this.linkedIds(manager, goal.id),
          change: 'STATUS',
          previousStatus: from,
          reason: input.reason,
        }),
      });
      return saved;
    });
  }

  private async linkedIds(manager: EntityManager, goalId: string): Promise<string[]> {
    const rows = await manager.find(GoalIndicator, { where: { goalId }, order: { position: 'ASC' } });
    return rows.map((row) => row.indicatorId);
  }

  private async linkIndicators(manager: EntityManager, goalId: string, indicatorIds: string[]) {
    if (indicatorIds.length === 0) return;
    await manager.insert(
      GoalIndicator,
      indicatorIds.map((indicatorId, position) => ({ goalId, indicatorId, position })),
    );
  }

  /** Every id must be a question of the round's set (BAD_USER_INPUT naming `indicatorIds`). */
  private async indicatorsOfRound(manager: EntityManager, round: Round, indicatorIds: string[]) {
    if (indicatorIds.length === 0) return;
    const found = await manager.countBy(Indicator, {
      id: In(indicatorIds),
      indicatorSetId: round.indicatorSetId,
    });
    if (found !== indicatorIds.length)
      throw badInput('Every linked indicator must be a question of the baseline round', {
        problems: [{ path: 'indicatorIds', message: 'Not a question of the baseline round' }],
      });
  }
}
