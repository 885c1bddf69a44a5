import { Injectable } from '@nestjs/common';
import type { addMilestoneSchema, updateMilestoneSchema } from '@samrad/domain';
import type { z } from 'zod';
import { notFound } from '../../common/app-error.js';
import type { AuthUser } from '../../common/request-context.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { lockGoal, toGoalRooms } from '../goal-events.js';
import { Milestone } from './milestone.entity.js';

type Change = 'ADDED' | 'UPDATED' | 'DONE' | 'REOPENED' | 'DELETED';

const audited = (m: Milestone) => ({
  title: m.title,
  dueDate: m.dueDate?.toISOString() ?? null,
  doneAt: m.doneAt?.toISOString() ?? null,
  doneById: m.doneById,
});

/** A goal's milestones, kept by the coordinator while the goal is open. */
@Injectable()
export class MilestonesService {
  constructor(private readonly uow: UnitOfWork) {}

  async add(actor: AuthUser, input: z.output<typeof addMilestoneSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const goal = await lockGoal(manager, input.goalId, 'share', true);
      const milestone = await manager.save(
        manager.create(Milestone, { goalId: goal.id, title: input.title, dueDate: input.dueDate }),
      );
      await record(this.change(actor, goal, milestone, 'ADDED', null));
      return milestone;
    });
  }

  async update(actor: AuthUser, milestoneId: string, input: z.output<typeof updateMilestoneSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const milestone = await this.lock(manager, milestoneId);
      const goal = await lockGoal(manager, milestone.goalId, 'share', true);
      const before = audited(milestone);
      let change: Change = 'UPDATED';
      if (input.title !== undefined) milestone.title = input.title;
      if (input.dueDate !== undefined) milestone.dueDate = input.dueDate;
      if (input.done === true && !milestone.doneAt) {
        milestone.doneAt = new Date();
        milestone.doneById = actor.id;
        change = 'DONE';
      } else if (input.done === false && milestone.doneAt) {
        milestone.doneAt = null;
        milestone.doneById = null;
        change = 'REOPENED';
      }
      const saved = await manager.save(milestone);
      await record(this.change(actor, goal, saved, change, before));
      return saved;
    });
  }

  async remove(actor: AuthUser, milestoneId: string) {
    return this.uow.run(async ({ manager, record }) => {
      const milestone = await this.lock(manager, milestoneId);
      const goal = await lockGoal(manager, milestone.goalId, 'share', true);
      await manager.delete(Milestone, { id: milestone.id });
      await record(this.change(actor, goal, milestone, 'DELETED', audited(milestone)));
      return milestoneId;
    });
  }

  private async lock(manager: import('typeorm').EntityManager, id: string) {
    const milestone = await manager
      .getRepository(Milestone)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!milestone) throw notFound('Milestone');
    return milestone;
  }

  private change(
    actor: AuthUser,
    goal: { id: string; networkId: string },
    m: Milestone,
    change: Change,
    before: Record<string, unknown> | null,
  ) {
    return {
      actorId: actor.id,
      audit: {
        networkId: goal.networkId,
        action: `milestone.${change.toLowerCase()}`,
        subjectType: 'MILESTONE',
        subjectId: m.id,
        before,
        after: change === 'DELETED' ? null : { goalId: goal.id, ...audited(m) },
      },
      events: toGoalRooms(goal, 'milestone.updated', {
        goalId: goal.id,
        networkId: goal.networkId,
        milestoneId: m.id,
        title: m.title,
        dueDate: m.dueDate?.toISOString() ?? null,
        done: Boolean(m.doneAt),
        doneById: m.doneById,
        change,
      }),
    };
  }
}
