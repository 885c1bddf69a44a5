import type { RouteObject } from 'react-router';
import { addRoundSection } from '../../shared/round-sections';

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

addRoundSection('compilation', async () => (await import('./CompilationSection')).CompilationSection);
