import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';
import { addRoundSection } from '../../shared/round-sections';

export const interpretationRoutes: RouteObject[] = [
  {
    path: 'rounds/:id/interpretations',
    lazy: async () => ({ Component: (await import('./InterpretationsPage')).InterpretationsPage }),
  },
  {
    path: 'rounds/:id/interpretations/print',
    lazy: async () => ({ Component: (await import('./AgreedListPage')).AgreedListPage }),
  },
];

addRoundSection(
  'interpretations',
  async () => (await import('./InterpretationSection')).InterpretationSection,
);
networkSections.push({
  key: 'consensus-rule',
  Component: lazy(async () => ({
    default: (await import('./ConsensusRuleSection')).ConsensusRuleSection,
  })),
});
