import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';
import { questionActions } from '../../shared/question-actions';

export const goalRoutes: RouteObject[] = [
  {
    path: 'networks/:id/goals/new',
    lazy: async () => ({ Component: (await import('./CreateGoalPage')).CreateGoalPage }),
  },
  { path: 'goals/:id', lazy: async () => ({ Component: (await import('./GoalPage')).GoalPage }) },
];

networkSections.push({
  key: 'goals',
  Component: lazy(async () => ({ default: (await import('./NetworkGoals')).NetworkGoals })),
});

networkSections.push({
  key: 'follow-up-interval',
  Component: lazy(async () => ({
    default: (await import('./FollowUpIntervalSection')).FollowUpIntervalSection,
  })),
});

questionActions.push({
  key: 'goal',
  Component: lazy(async () => ({
    default: (await import('./CreateGoalFromQuestion')).CreateGoalFromQuestion,
  })),
});
