import type { AnswerValue } from '@samrad/domain';
import type { AnswerType } from './answers.types.js';

/** The columns of an answer as the API's AnswerType carries them. */
export const ANSWER_COLUMNS = `a.id, a.round_id AS "roundId", a.indicator_id AS "indicatorId",
  a.municipality_id AS "municipalityId", a.value_boolean AS "valueBoolean", a.value_number AS "valueNumber",
  a.value_text AS "valueText", a.value_choice AS "valueChoice", a.comment, a.status, a.version,
  a.updated_at AS "updatedAt", a.updated_by_id AS "updatedById"`;

export const valueOf = (a: AnswerType): AnswerValue => ({
  boolean: a.valueBoolean,
  number: a.valueNumber,
  text: a.valueText,
  choice: a.valueChoice,
});
