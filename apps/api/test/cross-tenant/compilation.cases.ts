import { CREATE_GROUP, DELETE_GROUP, HISTORY, UPDATE_GROUP } from '../compilation-fixtures.js';
import type { CaseTable } from './world.js';

/**
 * Issue 15. Round.compilation and its types are covered by the generated field cases (reach.ts:
 * through A's answering round). Here: the operations that take a network's ids.
 */
export const compilationCases: CaseTable = {
  'Query.indicatorHistory': ({ A, B }) => [
    {
      label: "B's coordinator reads an indicator's history in A",
      as: B.coordinator,
      query: HISTORY,
      variables: { networkId: A.id, code: 'MB-01' },
      control: A.coordinator,
    },
    {
      label: "B's head of Solna reads an indicator's history in A (Solna is in both)",
      as: B.headSolna,
      query: HISTORY,
      variables: { networkId: A.id, code: 'MB-01' },
      control: A.headX,
    },
  ],
  'Mutation.createMunicipalityGroup': ({ A, B }) => {
    const input = { networkId: A.id, name: 'Intrång', municipalityIds: [A.X] };
    return [
      {
        label: "B's coordinator saves a group in A",
        as: B.coordinator,
        query: CREATE_GROUP,
        variables: { input },
      },
      {
        label: "A's head saves a group (coordinators only)",
        as: A.headX,
        query: CREATE_GROUP,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.updateMunicipalityGroup': ({ A, B }) => {
    const variables = { id: A.groupId, input: { name: 'Kapad' } };
    return [
      { label: "B's coordinator renames A's group", as: B.coordinator, query: UPDATE_GROUP, variables },
      {
        label: "A's editor renames A's group (coordinators only)",
        as: A.editorX,
        query: UPDATE_GROUP,
        variables,
        expect: ['FORBIDDEN'],
      },
      {
        label: "B's coordinator moves B's own municipality into A's group",
        as: B.coordinator,
        query: UPDATE_GROUP,
        variables: { id: A.groupId, input: { municipalityIds: [B.taby] } },
      },
    ];
  },
  'Mutation.deleteMunicipalityGroup': ({ A, B }) => [
    {
      label: "B's coordinator deletes A's group",
      as: B.coordinator,
      query: DELETE_GROUP,
      variables: { id: A.groupId },
    },
    {
      label: "A's viewer deletes A's group (coordinators only)",
      as: A.viewer,
      query: DELETE_GROUP,
      variables: { id: A.groupId },
      expect: ['FORBIDDEN'],
    },
  ],
};
