import { CAST, EDIT, PROPOSE, RECONFIRM, RESOLVE, SET_RULE, WITHDRAW } from '../interpretation-fixtures.js';
import type { CaseTable } from './world.js';

const INTERPRETATIONS = `query($id: ID!, $indicatorId: ID) {
  round(id: $id) { id interpretations(indicatorId: $indicatorId) { id text author { email } positions { stance } } }
}`;

/** Issue 13: proposals, positions and outcomes of A's interpretation round. */
export const interpretationCases: CaseTable = {
  'Round.interpretations': ({ A, B }) => [
    {
      label: "B's coordinator reads the proposals of A's round",
      as: B.coordinator,
      query: INTERPRETATIONS,
      variables: { id: A.interpretation.roundId, indicatorId: A.interpretation.questionId },
      control: A.viewer,
    },
  ],
  'Mutation.proposeInterpretation': ({ A, B }) => {
    const input = { roundId: A.interpretation.roundId, indicatorId: A.interpretation.questionId, text: 'x' };
    return [
      {
        label: "B's coordinator proposes in A's round",
        as: B.coordinator,
        query: PROPOSE,
        variables: { input },
      },
      {
        label: "B's head of Solna proposes in A's round",
        as: B.headSolna,
        query: PROPOSE,
        variables: { input },
      },
      {
        label: "A's viewer proposes",
        as: A.viewer,
        query: PROPOSE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.updateInterpretation': ({ A, B }) => [
    {
      label: "B's coordinator edits A's proposal",
      as: B.coordinator,
      query: EDIT,
      variables: { id: A.interpretation.proposalId, text: 'taken over' },
    },
    {
      label: "A's editor of Y edits X's editor's proposal",
      as: A.editorY,
      query: EDIT,
      variables: { id: A.interpretation.proposalId, text: 'taken over' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.withdrawInterpretation': ({ A, B }) => [
    {
      label: "B's editor withdraws A's proposal",
      as: B.editorTaby,
      query: WITHDRAW,
      variables: { id: A.interpretation.proposalId },
    },
    {
      label: "A's coordinator withdraws an editor's proposal",
      as: A.coordinator,
      query: WITHDRAW,
      variables: { id: A.interpretation.proposalId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.castPosition': ({ A, B }) => [
    {
      label: "B's head of Solna takes Solna's position on A's proposal",
      as: B.headSolna,
      query: CAST,
      variables: {
        input: {
          proposalId: A.interpretation.proposalId,
          municipalityId: B.solna,
          stance: 'BLOCK',
          reason: 'x',
        },
      },
    },
    {
      label: "B's editor takes Täby's position on A's proposal",
      as: B.editorTaby,
      query: CAST,
      variables: {
        input: { proposalId: A.interpretation.proposalId, municipalityId: B.taby, stance: 'AGREE' },
      },
    },
    {
      label: "A's editor of X takes Y's position",
      as: A.editorX,
      query: CAST,
      variables: { input: { proposalId: A.interpretation.proposalId, municipalityId: A.Y, stance: 'AGREE' } },
      expect: ['FORBIDDEN'],
    },
    {
      label: "A's viewer takes X's position",
      as: A.viewer,
      query: CAST,
      variables: { input: { proposalId: A.interpretation.proposalId, municipalityId: A.X, stance: 'AGREE' } },
      expect: ['FORBIDDEN'],
    },
    {
      label: "A's coordinator takes X's position",
      as: A.coordinator,
      query: CAST,
      variables: { input: { proposalId: A.interpretation.proposalId, municipalityId: A.X, stance: 'AGREE' } },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.resolveInterpretation': ({ A, B }) => [
    {
      label: "B's coordinator records the outcome of A's proposal",
      as: B.coordinator,
      query: RESOLVE,
      variables: { id: A.interpretation.proposalId, status: 'REJECTED' },
    },
    {
      label: "A's head records an outcome",
      as: A.headX,
      query: RESOLVE,
      variables: { id: A.interpretation.proposalId, status: 'REJECTED' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.reconfirmInterpretation': ({ A, B }) => {
    const input = { roundId: A.interpretation.roundId, indicatorId: A.interpretation.questionId };
    return [
      {
        label: "B's coordinator re-confirms in A's round",
        as: B.coordinator,
        query: RECONFIRM,
        variables: { input },
      },
      {
        label: "A's editor re-confirms",
        as: A.editorX,
        query: RECONFIRM,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.setConsensusRule': ({ A, B }) => [
    {
      label: "B's coordinator sets A's rule",
      as: B.coordinator,
      query: SET_RULE,
      variables: { id: A.id, rule: 'UNANIMITY' },
    },
    {
      label: "A's head sets the rule",
      as: A.headX,
      query: SET_RULE,
      variables: { id: A.id, rule: 'UNANIMITY' },
      expect: ['FORBIDDEN'],
    },
  ],
};
