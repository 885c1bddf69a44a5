import { CREATE_ROUND, SET_PHASE } from '../round-fixtures.js';
import type { CaseTable } from './world.js';

const ROUND = `query($id: ID!) { round(id: $id) { id title phase network { name } indicatorSet { id } } }`;
const UPDATE = `mutation($id: ID!) { updateRound(id: $id, input: { title: "taken over" }) { id title } }`;

/** Issue 4: rounds of a network (its own indicator sets: catalogue.cases.ts). */
export const roundCases: CaseTable = {
  'Query.round': ({ A, B, stranger }) => [
    {
      label: "B's coordinator reads A's round",
      as: B.coordinator,
      query: ROUND,
      variables: { id: A.roundId },
      control: A.viewer,
    },
    {
      label: "B's head of Solna reads A's round",
      as: B.headSolna,
      query: ROUND,
      variables: { id: A.roundId },
      control: A.editorX,
    },
    { label: 'a stranger reads A’s round', as: stranger, query: ROUND, variables: { id: A.roundId } },
  ],
  'Mutation.createRound': ({ A, B }) => [
    {
      label: "B's coordinator opens a round in A",
      as: B.coordinator,
      query: CREATE_ROUND,
      variables: { input: { networkId: A.id, indicatorSetId: A.indicatorSetId, title: 'x' } },
    },
    {
      label: "A's head opens a round",
      as: A.headX,
      query: CREATE_ROUND,
      variables: { input: { networkId: A.id, indicatorSetId: A.indicatorSetId, title: 'x' } },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.setRoundPhase': ({ A, B }) => [
    {
      label: "B's coordinator moves A's round",
      as: B.coordinator,
      query: SET_PHASE,
      variables: { id: A.roundId, phase: 'INTERPRETATION' },
    },
    {
      label: "A's editor moves A's round",
      as: A.editorX,
      query: SET_PHASE,
      variables: { id: A.roundId, phase: 'INTERPRETATION' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.updateRound': ({ A, B }) => [
    {
      label: "B's coordinator renames A's round",
      as: B.coordinator,
      query: UPDATE,
      variables: { id: A.roundId },
    },
    {
      label: "A's viewer renames A's round",
      as: A.viewer,
      query: UPDATE,
      variables: { id: A.roundId },
      expect: ['FORBIDDEN'],
    },
  ],
};
