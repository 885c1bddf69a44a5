import type { RouteObject } from 'react-router';
import { roundSections } from '../../shared/round-sections';
import { AnswersSection } from './AnswersSection';

export const answerRoutes: RouteObject[] = [
  {
    path: 'rounds/:id/answers',
    lazy: async () => ({ Component: (await import('./AnswersOverviewPage')).AnswersOverviewPage }),
  },
  {
    path: 'rounds/:id/answers/:municipalityId',
    lazy: async () => ({ Component: (await import('./AnswerFormPage')).AnswerFormPage }),
  },
];

roundSections.push({ key: 'answers', Component: AnswersSection });
