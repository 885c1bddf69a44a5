import { Injectable } from '@nestjs/common';
import { goalProgress, type reportProgressSchema } from '@samrad/domain';
import type { z } from 'zod';
import { conflict } from '../../common/app-error.js';
import type { AuthUser } from '../../common/request-context.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { lockGoal, toGoalRooms } from '../goal-events.js';
import { Milestone } from '../milestones/milestone.entity.js';
import { ProgressUpdate } from './progress-update.entity.js';

/** Progress reports of a committed municipality (its head or editors) on an open goal. */
@Injectable()
export class ProgressService {
  constructor(private readonly uow: UnitOfWork) {}

  async report(actor: AuthUser, input: z.output<typeof reportProgressSchema>) {
    return this.uow.run(async ({ manager, record }) => {
      const goal = await lockGoal(manager, input.goalId, 'share', true);
      const commitments = await manager.findBy(Commitment, { goalId: goal.id });
      const mine = commitments.find((c) => c.municipalityId === input.municipalityId);
      if (mine?.status !== 'COMMITTED')
        throw conflict('The municipality has not committed to this goal', { reason: 'NOT_COMMITTED' });
      const update = await manager.save(
        manager.create(ProgressUpdate, {
          goalId: goal.id,
          municipalityId: input.municipalityId,
          status: input.status,
          note: input.note,
          value: input.value,
          reportedById: actor.id,
        }),
      );
      const updates = await manager.findBy(ProgressUpdate, { goalId: goal.id });
      const milestones = await manager.findBy(Milestone, { goalId: goal.id });
      const progress = goalProgress({
        commitments,
        updates,
        milestones: milestones.map((m) => ({ done: Boolean(m.doneAt) })),
      });
      await record({
        actorId: actor.id,
        audit: {
          networkId: goal.networkId,
          action: 'goal.progressReported',
          subjectType: 'GOAL',
          subjectId: goal.id,
          after: {
            progressId: update.id,
            municipalityId: input.municipalityId,
            status: input.status,
            note: input.note,
            value: input.value,
          },
        },
        events: toGoalRooms(goal, 'goal.progressReported', {
          goalId: goal.id,
          networkId: goal.networkId,
          progressId: update.id,
          municipalityId: input.municipalityId,
          status: update.status,
          note: update.note,
          value: update.value,
          reportedById: actor.id,
          reportedAt: update.reportedAt.toISOString(),
          doneShare: progress.doneShare,
        }),
      });
      return update;
    });
  }
}
