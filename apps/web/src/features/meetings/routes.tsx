import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';

export const meetingRoutes: RouteObject[] = [
  { path: 'meetings/:id', lazy: async () => ({ Component: (await import('./MeetingPage')).MeetingPage }) },
];

networkSections.push({
  key: 'meetings',
  Component: lazy(async () => ({ default: (await import('./NetworkMeetings')).NetworkMeetings })),
});
