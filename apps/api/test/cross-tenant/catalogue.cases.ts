import { IMPORT_SET, sampleSet } from '../round-fixtures.js';
import type { CaseTable } from './world.js';

const SET = `query($id: ID!) { indicatorSet(id: $id) { id key title ownerNetwork { name } indicators { code text } } }`;

/** Issue 10, item 2: a network's own indicator sets (A's rounds run on A's own sets). */
export const catalogueCases: CaseTable = {
  'Query.indicatorSet': ({ A, B, stranger }) => [
    {
      label: "B's coordinator reads A's own set",
      as: B.coordinator,
      query: SET,
      variables: { id: A.indicatorSetId },
      control: A.viewer,
    },
    {
      label: "B's head of Solna reads A's own set",
      as: B.headSolna,
      query: SET,
      variables: { id: A.indicatorSetId },
      control: A.editorX,
    },
    { label: "a stranger reads A's own set", as: stranger, query: SET, variables: { id: A.indicatorSetId } },
  ],
  'Mutation.importIndicatorSet': ({ A, B }) => [
    {
      label: "B's coordinator imports a set into A",
      as: B.coordinator,
      query: IMPORT_SET,
      variables: { input: { ...sampleSet(2031, 'into-a'), networkId: A.id } },
    },
    {
      label: "A's head imports a set into A",
      as: A.headX,
      query: IMPORT_SET,
      variables: { input: { ...sampleSet(2031, 'into-a'), networkId: A.id } },
      expect: ['FORBIDDEN'],
    },
  ],
};
