import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';
import { roundSections } from '../../shared/round-sections';
import { AgreedListPage } from './AgreedListPage';
import { InterpretationSection } from './InterpretationSection';
import { InterpretationsPage } from './InterpretationsPage';

export const interpretationRoutes: RouteObject[] = [
  { path: 'rounds/:id/interpretations', element: <InterpretationsPage /> },
  { path: 'rounds/:id/interpretations/print', element: <AgreedListPage /> },
];

roundSections.push({ key: 'interpretations', Component: InterpretationSection });
networkSections.push({
  key: 'consensus-rule',
  Component: lazy(async () => ({
    default: (await import('./ConsensusRuleSection')).ConsensusRuleSection,
  })),
});
