import type { RouteObject } from 'react-router';
import { addRoundSection } from '../../shared/round-sections';

export const answersFileRoutes: RouteObject[] = [
  {
    path: 'rounds/:id/answers/import',
    lazy: async () => ({ Component: (await import('./AnswersImportPage')).AnswersImportPage }),
  },
];

addRoundSection('answers-file', async () => (await import('./AnswersFileSection')).AnswersFileSection);
