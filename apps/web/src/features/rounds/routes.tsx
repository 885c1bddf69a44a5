import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';
import { roundSections } from '../../shared/round-sections';

export const roundRoutes: RouteObject[] = [
  {
    path: 'rounds/:id',
    // the other features' sections load beside the page's own chunk, not after it has rendered
    lazy: async () => {
      const [page] = await Promise.all([
        import('./RoundPage'),
        ...roundSections.map((section) => section.preload()),
      ]);
      return { Component: page.RoundPage };
    },
  },
];

networkSections.push({
  key: 'rounds',
  Component: lazy(async () => ({ default: (await import('./NetworkRounds')).NetworkRounds })),
});
