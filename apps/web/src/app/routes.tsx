import type { RouteObject } from 'react-router';
import { catalogueRoutes } from '../features/catalogue/routes';
import { invitationRoutes, networkRoutes } from '../features/networks/routes';
import { roundRoutes } from '../features/rounds/routes';
import { interpretationRoutes } from '../features/interpretations/routes';
import { answerRoutes } from '../features/answers/routes';
import { compilationRoutes } from '../features/compilation/routes';
import { answersFileRoutes } from '../features/answers-file/routes';
import { goalRoutes } from '../features/goals/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { discussionRoutes } from '../features/discussions/routes';
import { notificationRoutes, unsubscribeRoutes } from '../features/notifications/routes';
import { meetingRoutes } from '../features/meetings/routes';

/**
 * Pages behind sign-in. Each feature adds its routes here (one import, one spread), e.g.
 * `...networkRoutes`, so features do not edit each other's files.
 */
export const protectedRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }) },
  ...networkRoutes,
  ...roundRoutes,
  ...interpretationRoutes,
  ...answerRoutes,
  ...compilationRoutes,
  ...answersFileRoutes,
  ...catalogueRoutes,
  ...goalRoutes,
  ...dashboardRoutes,
  ...discussionRoutes,
  ...notificationRoutes,
  ...meetingRoutes,
];

/** Pages that work without signing in. */
export const publicRoutes: RouteObject[] = [...invitationRoutes, ...unsubscribeRoutes];
