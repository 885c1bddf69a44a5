import { ANSWERS, APPROVE, GRANT_LATE, PREFILLS, REOPEN, SAVE, SUBMIT } from '../answer-fixtures.js';
import type { CaseTable } from './world.js';

/** Issue 14: answers of A's answering round (X = Solna, which B also has). */
export const answerCases: CaseTable = {
  'Round.answers': ({ A, B }) => [
    {
      label: "B's coordinator reads the answers of A's round",
      as: B.coordinator,
      query: ANSWERS,
      variables: { id: A.answering.roundId, municipalityId: A.X },
      control: A.coordinator,
    },
    {
      label: "B's head of Solna reads Solna's answers in A's round",
      as: B.headSolna,
      query: ANSWERS,
      variables: { id: A.answering.roundId, municipalityId: A.X },
      control: A.headX,
    },
  ],
  'Round.answerPrefills': ({ A, B }) => [
    {
      label: "B's coordinator reads Solna's prefills in A's round",
      as: B.coordinator,
      query: PREFILLS,
      variables: { id: A.interpretation.roundId, municipalityId: A.X },
      control: A.headX,
    },
    {
      label: "B's head of Solna reads Solna's prefills in A's round",
      as: B.headSolna,
      query: PREFILLS,
      variables: { id: A.interpretation.roundId, municipalityId: A.X },
      control: A.coordinator,
    },
    {
      label: "A's editor of Y reads X's prefills",
      as: A.editorY,
      query: PREFILLS,
      variables: { id: A.interpretation.roundId, municipalityId: A.X },
      expect: ['FORBIDDEN'],
      control: A.editorX,
    },
  ],
  'Mutation.saveAnswer': ({ A, B }) => {
    const input = {
      roundId: A.answering.roundId,
      indicatorId: A.answering.questionId,
      municipalityId: A.X,
      value: { boolean: false },
      expectedVersion: 1,
    };
    return [
      {
        label: "B's head of Solna answers for Solna in A's round",
        as: B.headSolna,
        query: SAVE,
        variables: { input },
      },
      { label: "B's coordinator answers in A's round", as: B.coordinator, query: SAVE, variables: { input } },
      {
        label: "A's editor of Y answers for X",
        as: A.editorY,
        query: SAVE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
      { label: "A's viewer answers", as: A.viewer, query: SAVE, variables: { input }, expect: ['FORBIDDEN'] },
      {
        label: "A's coordinator answers for X",
        as: A.coordinator,
        query: SAVE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.submitAnswers': ({ A, B }) => {
    const variables = { roundId: A.answering.roundId, municipalityId: A.X, partial: true };
    return [
      {
        label: "B's head of Solna submits Solna's answers in A's round",
        as: B.headSolna,
        query: SUBMIT,
        variables,
      },
      {
        label: "A's editor of Y submits X's answers",
        as: A.editorY,
        query: SUBMIT,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.approveAnswers': ({ A, B }) => {
    const variables = { roundId: A.answering.roundId, municipalityId: A.X };
    return [
      { label: "B's head of Solna approves in A's round", as: B.headSolna, query: APPROVE, variables },
      {
        label: "A's editor of X approves (heads only)",
        as: A.editorX,
        query: APPROVE,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.reopenAnswers': ({ A, B }) => {
    const variables = { roundId: A.answering.roundId, municipalityId: A.X, reason: 'taken over' };
    return [
      { label: "B's head of Solna reopens in A's round", as: B.headSolna, query: REOPEN, variables },
      {
        label: "A's editor of X reopens (heads only)",
        as: A.editorX,
        query: REOPEN,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.grantLateAnswering': ({ A, B }) => {
    const variables = {
      roundId: A.answering.roundId,
      municipalityId: A.X,
      until: new Date(Date.now() + 86_400_000).toISOString(),
    };
    return [
      {
        label: "B's coordinator opens a late window in A's round",
        as: B.coordinator,
        query: GRANT_LATE,
        variables,
      },
      {
        label: "A's head of X opens its own late window",
        as: A.headX,
        query: GRANT_LATE,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
};
