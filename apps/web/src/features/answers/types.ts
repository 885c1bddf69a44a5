import type { AnswerValue } from '@samrad/domain';
import type { ResultOf } from '../../graphql/graphql';
import type { ANSWER_FORM, VISIBLE_ANSWERS } from './answers.graphql';

type FormRound = NonNullable<ResultOf<typeof ANSWER_FORM>['round']>;
export type QuestionView = FormRound['questions'][number];
export type AnswerView = FormRound['answers'][number];
export type SubmissionView = FormRound['answerSubmissions'][number];
export type VisibleAnswer = NonNullable<ResultOf<typeof VISIBLE_ANSWERS>['round']>['answers'][number];

/** The answer as it stands on the server, from a CONFLICT's `extensions.current`. */
export interface CurrentAnswer {
  answerId: string;
  value: AnswerValue;
  comment: string | null;
  version: number;
  updatedAt: string;
  updatedBy: { id: string; displayName: string } | null;
}

/** What the signed-in person may do with this municipality's answers. */
export interface AnswerAccess {
  userId: string;
  /** Head or editor of the municipality, and answering is open for it. */
  canEdit: boolean;
  /** Head or editor of the municipality (submit). */
  canContribute: boolean;
  /** Head of the municipality (approve, reopen). */
  canApprove: boolean;
  isCoordinator: boolean;
}
