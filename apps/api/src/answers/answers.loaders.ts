import { groupedBy } from '../common/loaders.js';
import { AnswerChange } from './answer-change.entity.js';
import { AnswerSubmission } from './answer-submission.entity.js';
import { Answer } from './answer.entity.js';

/** Every answer of each round (filtered by give-to-get where it is served). */
export const answersOfRound = groupedBy('answersOfRound', Answer, 'roundId');

/** Each round's status rows, one per municipality that has started. */
export const submissionsOfRound = groupedBy('submissionsOfRound', AnswerSubmission, 'roundId');

/** Every change of each answer, oldest first. */
export const historyOfAnswer = groupedBy('historyOfAnswer', AnswerChange, 'answerId', { id: 'ASC' });
