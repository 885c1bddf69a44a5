import type { RouteObject } from 'react-router';
import { roundSections } from '../../shared/round-sections';
import { AnswersFileSection } from './AnswersFileSection';

export const answersFileRoutes: RouteObject[] = [
  {
    path: 'rounds/:id/answers/import',
    lazy: async () => ({ Component: (await import('./AnswersImportPage')).AnswersImportPage }),
  },
];

roundSections.push({ key: 'answers-file', Component: AnswersFileSection });
