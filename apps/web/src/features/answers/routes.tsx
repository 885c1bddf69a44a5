import type { RouteObject } from 'react-router';
import { addRoundSection } from '../../shared/round-sections';

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

addRoundSection('answers', async () => (await import('./AnswersSection')).AnswersSection);
