import type { GoalStatus } from '@samrad/domain';

/**
 * The goal's status moves the coordinator may make from `status` (the API's rule: PROPOSED →
 * ACTIVE → ACHIEVED, DROPPED from PROPOSED or ACTIVE), and whether a move needs a reason.
 */
const NEXT: Record<GoalStatus, readonly GoalStatus[]> = {
  PROPOSED: ['ACTIVE', 'DROPPED'],
  ACTIVE: ['ACHIEVED', 'DROPPED'],
  ACHIEVED: [],
  DROPPED: [],
};

export const nextStatuses = (status: GoalStatus): readonly GoalStatus[] => NEXT[status];
export const reasonRequired = (to: GoalStatus) => to === 'ACHIEVED' || to === 'DROPPED';
export const isOpen = (status: GoalStatus) => status === 'PROPOSED' || status === 'ACTIVE';
