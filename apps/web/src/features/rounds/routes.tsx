import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';

export const roundRoutes: RouteObject[] = [
  { path: 'rounds/:id', lazy: async () => ({ Component: (await import('./RoundPage')).RoundPage }) },
];

networkSections.push({
  key: 'rounds',
  Component: lazy(async () => ({ default: (await import('./NetworkRounds')).NetworkRounds })),
});
