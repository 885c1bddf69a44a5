import {
  GOAL_STATUSES,
  goalOpen,
  goalReasonRequired,
  goalTransitionAllowed,
  type GoalStatus,
} from '@samrad/domain';

/** The goal's status moves the coordinator may make from `status`, by the API's own rule (libs/domain). */
export const nextStatuses = (status: GoalStatus): readonly GoalStatus[] =>
  GOAL_STATUSES.filter((to) => goalTransitionAllowed(status, to));
export const reasonRequired = goalReasonRequired;
export const isOpen = goalOpen;
