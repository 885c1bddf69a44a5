import { ok } from './interpretation-fixtures.js';
import { SET_PHASE } from './round-fixtures.js';
import type { TestApp } from './test-app.js';

const ANSWER_FIELDS = `id version status comment value { boolean number text choice }
  municipality { id } indicator { id code } updatedBy { id } updatedAt`;

export const SAVE = `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { ${ANSWER_FIELDS} } }`;
export const SUBMIT = `mutation($roundId: ID!, $municipalityId: ID!, $partial: Boolean) {
  submitAnswers(roundId: $roundId, municipalityId: $municipalityId, partial: $partial) { id status version }
}`;
export const APPROVE = `mutation($roundId: ID!, $municipalityId: ID!) {
  approveAnswers(roundId: $roundId, municipalityId: $municipalityId) { id status version }
}`;
export const REOPEN = `mutation($roundId: ID!, $municipalityId: ID!, $reason: String!) {
  reopenAnswers(roundId: $roundId, municipalityId: $municipalityId, reason: $reason) { id status }
}`;
export const GRANT_LATE = `mutation($roundId: ID!, $municipalityId: ID!, $until: DateTime!) {
  grantLateAnswering(roundId: $roundId, municipalityId: $municipalityId, until: $until) { id }
}`;
export const ANSWERS = `query($id: ID!, $municipalityId: ID) {
  round(id: $id) {
    answers(municipalityId: $municipalityId) {
      ${ANSWER_FIELDS}
      history { kind version oldValue { number boolean } newValue { number boolean choice text } oldComment newComment
                oldStatus newStatus reason actor { id } at }
    }
    answerSubmissions { status answered municipality { id } }
  }
}`;

/** Moves a new round from DRAFT to ANSWERING, one phase at a time, as its coordinator. */
export async function openAnswering(t: TestApp, roundId: string, coordinatorToken: string) {
  for (const phase of ['INTERPRETATION', 'ANSWERING'])
    await ok(t, SET_PHASE, { id: roundId, phase }, coordinatorToken);
}

/** One valid value per question of `sampleSet`, by code. */
export const SAMPLE_VALUES: Record<string, Record<string, unknown>> = {
  'MB-01': { boolean: true },
  'MB-02': { choice: 'Ofta' },
  'MB-03': { number: 120 },
  'MB-04': { number: 61.5 },
  'MB-05': { text: 'Brukarråd fyra gånger om året.' },
};

export const PREFILLS = `query($id: ID!, $municipalityId: ID!) {
  round(id: $id) { answerPrefills(municipalityId: $municipalityId) { indicator { code } value { boolean number text choice } source fromYear } }
}`;
