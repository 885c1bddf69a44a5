import {
  ADD_DECISION,
  AGENDA_SUGGESTIONS,
  CREATE_MEETING,
  DELETE_MEETING,
  hoursFromNow,
  MEETING,
  REMOVE_DECISION,
  SET_MINUTES,
  UPDATE_DECISION,
  UPDATE_MEETING,
} from '../meeting-fixtures.js';
import type { CaseTable } from './world.js';

/**
 * Issue 17: A's meeting, its minutes and decisions. B's people get NOT_FOUND; A's members without the role
 * FORBIDDEN (planning is the coordinator's, minutes and decisions coordinators' and heads'). An id of A inside
 * B's own meeting (a decision's link, the round of the agenda suggestions) is refused without a word of A.
 * The meeting's fields are covered by the generated cases (reach.ts).
 */
export const meetingCases: CaseTable = {
  'Query.meeting': ({ A, B, stranger }) => [
    {
      label: "B's coordinator reads A's meeting",
      as: B.coordinator,
      query: MEETING,
      variables: { id: A.meeting.id },
      control: A.viewer,
    },
    {
      label: "B's head of Solna reads A's meeting",
      as: B.headSolna,
      query: MEETING,
      variables: { id: A.meeting.id },
      control: A.headX,
    },
    { label: 'a stranger reads A’s meeting', as: stranger, query: MEETING, variables: { id: A.meeting.id } },
  ],
  'Mutation.createMeeting': ({ A, B }) => {
    const input = { networkId: A.id, title: 'Intrång', startsAt: hoursFromNow(10) };
    return [
      {
        label: "B's coordinator plans a meeting in A",
        as: B.coordinator,
        query: CREATE_MEETING,
        variables: { input },
      },
      {
        label: "A's head plans a meeting (coordinators only)",
        as: A.headX,
        query: CREATE_MEETING,
        variables: { input },
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.updateMeeting': ({ A, B }) => {
    const variables = { id: A.meeting.id, input: { expectedVersion: 4, title: 'Kapad' } };
    return [
      { label: "B's coordinator edits A's meeting", as: B.coordinator, query: UPDATE_MEETING, variables },
      {
        label: "A's head edits the meeting (coordinators only)",
        as: A.headX,
        query: UPDATE_MEETING,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.setMeetingMinutes': ({ A, B }) => {
    const variables = { id: A.meeting.id, minutes: 'Kapad', expectedVersion: 4 };
    return [
      { label: "B's coordinator writes A's minutes", as: B.coordinator, query: SET_MINUTES, variables },
      { label: "B's head of Solna writes A's minutes", as: B.headSolna, query: SET_MINUTES, variables },
      {
        label: "A's editor writes the minutes (coordinators and heads)",
        as: A.editorX,
        query: SET_MINUTES,
        variables,
        expect: ['FORBIDDEN'],
      },
    ];
  },
  'Mutation.deleteMeeting': ({ A, B }) => [
    {
      label: "B's coordinator deletes A's meeting",
      as: B.coordinator,
      query: DELETE_MEETING,
      variables: { id: A.meeting.id },
    },
    {
      label: "A's head deletes the meeting",
      as: A.headX,
      query: DELETE_MEETING,
      variables: { id: A.meeting.id },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.addMeetingDecision': ({ A, B }) => [
    {
      label: "B's coordinator adds a decision to A's meeting",
      as: B.coordinator,
      query: ADD_DECISION,
      variables: { meetingId: A.meeting.id, input: { text: 'Kapad' } },
    },
    {
      label: "A's viewer adds a decision",
      as: A.viewer,
      query: ADD_DECISION,
      variables: { meetingId: A.meeting.id, input: { text: 'Kapad' } },
      expect: ['FORBIDDEN'],
    },
    {
      label: "B's coordinator links A's goal from B's meeting",
      as: B.coordinator,
      query: ADD_DECISION,
      variables: { meetingId: B.meetingId, input: { text: 'Kapad', goalId: A.goal.id } },
      expect: ['BAD_USER_INPUT'],
    },
    {
      label: "B's coordinator links A's interpretation from B's meeting",
      as: B.coordinator,
      query: ADD_DECISION,
      variables: {
        meetingId: B.meetingId,
        input: { text: 'Kapad', interpretationId: A.interpretation.proposalId },
      },
      expect: ['BAD_USER_INPUT'],
    },
  ],
  'Mutation.updateMeetingDecision': ({ A, B }) => [
    {
      label: "B's coordinator edits A's decision",
      as: B.coordinator,
      query: UPDATE_DECISION,
      variables: { id: A.meeting.decisionId, input: { text: 'Kapad' } },
    },
    {
      label: "A's editor edits the decision",
      as: A.editorX,
      query: UPDATE_DECISION,
      variables: { id: A.meeting.decisionId, input: { text: 'Kapad' } },
      expect: ['FORBIDDEN'],
    },
  ],
  'Mutation.removeMeetingDecision': ({ A, B }) => [
    {
      label: "B's coordinator removes A's decision",
      as: B.coordinator,
      query: REMOVE_DECISION,
      variables: { id: A.meeting.decisionId },
    },
    {
      label: "A's viewer removes the decision",
      as: A.viewer,
      query: REMOVE_DECISION,
      variables: { id: A.meeting.decisionId },
      expect: ['FORBIDDEN'],
    },
  ],
  'Meeting.agendaSuggestions': ({ A, B }) => [
    {
      label: "B's coordinator asks A's meeting",
      as: B.coordinator,
      query: AGENDA_SUGGESTIONS,
      variables: { id: A.meeting.id, roundId: A.interpretation.roundId },
      control: A.viewer,
    },
    {
      label: "B's coordinator asks B's meeting for A's round",
      as: B.coordinator,
      query: AGENDA_SUGGESTIONS,
      variables: { id: B.meetingId, roundId: A.interpretation.roundId },
    },
  ],
};
