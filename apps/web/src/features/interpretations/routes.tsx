import type { RouteObject } from 'react-router';
import { roundSections } from '../../shared/round-sections';
import { AgreedListPage } from './AgreedListPage';
import { InterpretationSection } from './InterpretationSection';
import { InterpretationsPage } from './InterpretationsPage';

export const interpretationRoutes: RouteObject[] = [
  { path: 'rounds/:id/interpretations', element: <InterpretationsPage /> },
  { path: 'rounds/:id/interpretations/print', element: <AgreedListPage /> },
];

roundSections.push({ key: 'interpretations', Component: InterpretationSection });
