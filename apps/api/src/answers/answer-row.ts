import type { AnswerValue } from '@samrad/domain';
import type { AnswerType } from './answers.types.js';

/** The columns of an answer as the API's AnswerType carries them. */
export const ANSWER_COLUMNS = `a.id, a.round_id AS "roundId", a.indicator_id AS "indicatorId",
  a.municipality_id AS "municipalityId", a.value_boolean AS "valueBoolean", a.value_number AS "valueNumber",
  a.value_text AS "valueText", a.value_choice AS "valueChoice", a.comment, a.status, a.version,
  a.updated_at AS "updatedAt", a.updated_by_id AS "updatedById"`;

/** An answer's value columns, as a row of `answers` read as the API reads it carries them. */
type StoredValue = Pick<AnswerType, 'valueBoolean' | 'valueNumber' | 'valueText' | 'valueChoice'>;

export const valueOf = (a: StoredValue): AnswerValue => ({
  boolean: a.valueBoolean,
  number: a.valueNumber,
  text: a.valueText,
  choice: a.valueChoice,
});

/** Whether a stored answer holds this value already (`value` in `filledValue` form or not). */
export const sameValue = (a: StoredValue, value: AnswerValue) =>
  a.valueBoolean === (value.boolean ?? null) &&
  a.valueNumber === (value.number ?? null) &&
  a.valueText === (value.text ?? null) &&
  a.valueChoice === (value.choice ?? null);
