import type { RoomEventData } from '@samrad/domain';
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/app-error.js';
import { roomName } from '../realtime/room-event.js';
import type { RoomEvent } from '../realtime/room-event.js';
import { Goal } from './goal.entity.js';
import { goalOpen } from '@samrad/domain';

type GoalEventType =
  'goal.created' | 'goal.updated' | 'goal.committed' | 'goal.progressReported' | 'milestone.updated';

/** A goal event goes to the network's room (lists, dashboards) and to the goal's own room. */
export function toGoalRooms<T extends GoalEventType>(
  goal: Pick<Goal, 'id' | 'networkId'>,
  type: T,
  data: RoomEventData<T>,
): RoomEvent[] {
  return [
    { room: roomName('network', goal.networkId), type, data } as RoomEvent,
    { room: roomName('goal', goal.id), type, data } as RoomEvent,
  ];
}

/** A goal's state as every goal event carries it. */
export const goalState = (goal: Goal) => ({
  goalId: goal.id,
  networkId: goal.networkId,
  title: goal.title,
  status: goal.status,
  dueDate: goal.dueDate ? goal.dueDate.toISOString() : null,
  baselineRoundId: goal.baselineRoundId,
});

/**
 * The goal row in the caller's transaction: FOR UPDATE for changes to the goal itself, FOR SHARE
 * for changes that hang off it (commitments, progress: a status change waits for them, and they for it).
 */
export async function lockGoal(
  manager: EntityManager,
  goalId: string,
  mode: 'update' | 'share',
  open = false,
) {
  const goal = await manager.getRepository(Goal).findOne({
    where: { id: goalId },
    lock: { mode: mode === 'update' ? 'pessimistic_write' : 'pessimistic_read' },
  });
  if (!goal) throw notFound('Goal');
  if (open && !goalOpen(goal.status))
    throw conflict(`The goal is ${goal.status}: it no longer changes`, {
      reason: 'GOAL_CLOSED',
      status: goal.status,
    });
  return goal;
}
