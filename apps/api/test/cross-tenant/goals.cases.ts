import {
  ADD_MEASURE,
  ADD_MILESTONE,
  COMMIT,
  CREATE_GOAL,
  DECLINE,
  DELETE_MILESTONE,
  GOAL,
  RECORD_MEASURE,
  REPORT,
  SET_GOAL_STATUS,
  UPDATE_GOAL,
  UPDATE_MILESTONE,
} from '../goal-fixtures.js';
import type { CaseTable } from './world.js';

/**
 * Issue 16: A's goal and everything hanging off it. B's people (B's head of Solna acts for the same
 * municipality as A's X) get NOT_FOUND; A's members without the role FORBIDDEN. The goal's fields are
 * covered by the generated cases (reach.ts: through `Network.goals`).
 */
export const goalCases: CaseTable = {
  'Query.goal': ({ A, B, stranger }) => [
    {
      label: "B's coordinator reads A's goal",
      as: B.coordinator,
      query: GOAL,
      variables: { id: A.goal.id },
      control: A.viewer,
    },
    {
      label: "B's head of Solna reads A's goal",
      as: B.headSolna,
      query: GOAL,
      variables: { id: A.goal.id },
      control: A.headX,
    },
    { label: 'a stranger reads A’s goal', as: stranger, query: GOAL, variables: { id: A.goal.id } },
  ],
  'Mutation.createGoal': ({ A, B }) => {
    const input = { networkId: A.id, title: 'Intrång', baselineRoundId: A.goal.roundId };
    return [
      {
        label: "B's coordinator creates a goal in A",
        as: B.coordinator,
        query: CREATE_GOAL,
        variables: { input },
      },
      {
        label: "A's head creates a goal (coordinators only)",
        as: A.headX,
        query: CREATE_GOAL,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.updateGoal': ({ A, B }) => {
    const variables = { id: A.goal.id, input: { title: 'Kapad' } };
    return [
      { label: "B's coordinator edits A's goal", as: B.coordinator, query: UPDATE_GOAL, variables },
      {
        label: "A's head edits the goal (coordinators only)",
        as: A.headX,
        query: UPDATE_GOAL,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.setGoalStatus': ({ A, B }) => {
    const variables = { id: A.goal.id, status: 'DROPPED', reason: 'Kapad' };
    return [
      { label: "B's coordinator drops A's goal", as: B.coordinator, query: SET_GOAL_STATUS, variables },
      {
        label: "A's editor drops the goal",
        as: A.editorX,
        query: SET_GOAL_STATUS,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.commitToGoal': ({ A, B }) => [
    {
      label: "B's head of Solna commits Solna to A's goal",
      as: B.headSolna,
      query: COMMIT,
      variables: { goalId: A.goal.id, municipalityId: A.X, plan: 'x' },
    },
    {
      label: "B's coordinator commits B's Täby to A's goal",
      as: B.coordinator,
      query: COMMIT,
      variables: { goalId: A.goal.id, municipalityId: B.taby },
    },
    {
      label: "A's editor of X commits X (heads only)",
      as: A.editorX,
      query: COMMIT,
      variables: { goalId: A.goal.id, municipalityId: A.X },
      expect: ['FORBIDDEN'],
    },
    {
      label: "A's head of X commits Y",
      as: A.headX,
      query: COMMIT,
      variables: { goalId: A.goal.id, municipalityId: A.Y },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.declineGoal': ({ A, B }) => [
    {
      label: "B's head of Solna declines A's goal for Solna",
      as: B.headSolna,
      query: DECLINE,
      variables: { goalId: A.goal.id, municipalityId: A.X, reason: 'x' },
    },
    {
      label: "A's coordinator declines for X (heads only)",
      as: A.coordinator,
      query: DECLINE,
      variables: { goalId: A.goal.id, municipalityId: A.X, reason: 'x' },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.reportProgress': ({ A, B }) => {
    const input = { goalId: A.goal.id, municipalityId: A.X, status: 'DONE' };
    return [
      {
        label: "B's head of Solna reports on A's goal",
        as: B.headSolna,
        query: REPORT,
        variables: { input },
      },
      {
        label: "A's editor of Y reports for X",
        as: A.editorY,
        query: REPORT,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
      {
        label: "A's viewer reports for X",
        as: A.viewer,
        query: REPORT,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.addMilestone': ({ A, B }) => {
    const input = { goalId: A.goal.id, title: 'Intrång' };
    return [
      {
        label: "B's coordinator adds a milestone to A's goal",
        as: B.coordinator,
        query: ADD_MILESTONE,
        variables: { input },
      },
      {
        label: "A's head adds a milestone",
        as: A.headX,
        query: ADD_MILESTONE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.updateMilestone': ({ A, B }) => {
    const variables = { id: A.goal.milestoneId, input: { done: true } };
    return [
      {
        label: "B's coordinator ticks off A's milestone",
        as: B.coordinator,
        query: UPDATE_MILESTONE,
        variables,
      },
      {
        label: "A's editor ticks off a milestone",
        as: A.editorX,
        query: UPDATE_MILESTONE,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.deleteMilestone': ({ A, B }) => [
    {
      label: "B's coordinator deletes A's milestone",
      as: B.coordinator,
      query: DELETE_MILESTONE,
      variables: { id: A.goal.milestoneId },
    },
    {
      label: "A's head deletes a milestone",
      as: A.headX,
      query: DELETE_MILESTONE,
      variables: { id: A.goal.milestoneId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.addLocalMeasure': ({ A, B }) => {
    const input = { commitmentId: A.goal.commitmentId, name: 'Intrång' };
    return [
      {
        label: "B's head of Solna adds a measure to A's commitment",
        as: B.headSolna,
        query: ADD_MEASURE,
        variables: { input },
      },
      {
        label: "A's editor of Y adds a measure to X's commitment",
        as: A.editorY,
        query: ADD_MEASURE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.recordLocalMeasureValue': ({ A, B }) => {
    const input = { measureId: A.goal.measureId, value: 1, measuredOn: '2026-01-01' };
    return [
      {
        label: "B's head of Solna records a value of A's measure",
        as: B.headSolna,
        query: RECORD_MEASURE,
        variables: { input },
      },
      {
        label: "A's viewer records a value",
        as: A.viewer,
        query: RECORD_MEASURE,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
};
