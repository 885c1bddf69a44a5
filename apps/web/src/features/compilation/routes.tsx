import type { RouteObject } from 'react-router';
import { roundSections } from '../../shared/round-sections';
import { CompilationSection } from './CompilationSection';

export const compilationRoutes: RouteObject[] = [
  {
    path: 'rounds/:id/compilation',
    lazy: async () => ({ Component: (await import('./CompilationPage')).CompilationPage }),
  },
  {
    path: 'rounds/:id/compilation/:indicatorId',
    lazy: async () => ({ Component: (await import('./QuestionPage')).QuestionPage }),
  },
];

roundSections.push({ key: 'compilation', Component: CompilationSection });
