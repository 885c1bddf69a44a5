import { parseQuestionSubjectId, type SubjectType } from '@samrad/domain';

/**
 * Where a discussed subject is shown, and the room that gets its `thread.activity` notices
 * (docs/realtime.md). MEETING threads live in the network room (sections.tsx passes it).
 */
export function subjectPath(subjectType: SubjectType, subjectId: string): string | null {
  switch (subjectType) {
    case 'NETWORK':
      return `/networks/${subjectId}`;
    case 'ROUND':
      return `/rounds/${subjectId}`;
    case 'INDICATOR': {
      const question = parseQuestionSubjectId(subjectId);
      return question ? `/rounds/${question.roundId}/compilation/${question.indicatorId}` : null;
    }
    case 'GOAL':
      return `/goals/${subjectId}`;
    case 'MEETING':
      return `/meetings/${subjectId}`;
  }
}

export function subjectRoom(subjectType: SubjectType, subjectId: string): string | null {
  switch (subjectType) {
    case 'NETWORK':
      return `network:${subjectId}`;
    case 'ROUND':
      return `round:${subjectId}`;
    case 'INDICATOR': {
      const question = parseQuestionSubjectId(subjectId);
      return question ? `round:${question.roundId}` : null;
    }
    case 'GOAL':
      return `goal:${subjectId}`;
    case 'MEETING':
      return null;
  }
}

export const commentAnchor = (commentId: string) => `comment-${commentId}`;
export const permalinkPath = (commentId: string) => `/comments/${commentId}`;
