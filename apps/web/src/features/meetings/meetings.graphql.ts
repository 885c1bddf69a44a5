import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';

const LISTED_MEETING = graphql(`
  fragment ListedMeeting on Meeting {
    id
    title
    startsAt
    endsAt
    place
    onlineUrl
    status
  }
`);

/** The network page's meetings: upcoming and past, a few facts each. */
export const NETWORK_MEETINGS = graphql(
  `
    query NetworkMeetings($id: ID!) {
      network(id: $id) {
        id
        upcoming: meetings(period: UPCOMING) {
          ...ListedMeeting
        }
        past: meetings(period: PAST) {
          ...ListedMeeting
        }
      }
    }
  `,
  [LISTED_MEETING],
);
export type ListedMeeting = ResultOf<typeof LISTED_MEETING>;

const AGENDA = graphql(`
  fragment MeetingAgenda on Meeting {
    id
    version
    agenda {
      id
      position
      title
      notes
    }
  }
`);

const DECISIONS = graphql(`
  fragment MeetingDecisions on Meeting {
    id
    version
    decisions {
      id
      text
      createdAt
      goal {
        id
        title
        status
      }
      interpretation {
        id
        text
        outcome
        status
      }
    }
  }
`);

export const MEETING_PAGE = graphql(
  `
    query MeetingPage($id: ID!) {
      meeting(id: $id) {
        ...ListedMeeting
        minutes
        version
        network {
          id
          name
          myMemberships {
            id
            role
            municipality {
              id
            }
          }
          rounds {
            id
            title
          }
          goals {
            id
            title
            status
          }
        }
        ...MeetingAgenda
        ...MeetingDecisions
      }
    }
  `,
  [LISTED_MEETING, AGENDA, DECISIONS],
);
export type MeetingPageMeeting = NonNullable<ResultOf<typeof MEETING_PAGE>['meeting']>;

export const AGENDA_SUGGESTIONS = graphql(`
  query AgendaSuggestions($id: ID!, $roundId: ID) {
    meeting(id: $id) {
      id
      agendaSuggestions(roundId: $roundId) {
        kind
        title
        text
        goalStatus
        goalId
        interpretationId
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const UPDATE_MEETING = graphql(
  `
    mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
      updateMeeting(id: $id, input: $input) {
        ...ListedMeeting
        ...MeetingAgenda
      }
    }
  `,
  [LISTED_MEETING, AGENDA],
);

export const SET_MINUTES = graphql(`
  mutation SetMeetingMinutes($id: ID!, $minutes: String!, $expectedVersion: Int!) {
    setMeetingMinutes(id: $id, minutes: $minutes, expectedVersion: $expectedVersion) {
      id
      minutes
      version
    }
  }
`);

export const DELETE_MEETING = graphql(`
  mutation DeleteMeeting($id: ID!) {
    deleteMeeting(id: $id)
  }
`);

export const ADD_DECISION = graphql(
  `
    mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {
      addMeetingDecision(meetingId: $meetingId, input: $input) {
        ...MeetingDecisions
      }
    }
  `,
  [DECISIONS],
);

export const UPDATE_DECISION = graphql(
  `
    mutation UpdateMeetingDecision($id: ID!, $input: MeetingDecisionInput!) {
      updateMeetingDecision(id: $id, input: $input) {
        ...MeetingDecisions
      }
    }
  `,
  [DECISIONS],
);

export const REMOVE_DECISION = graphql(
  `
    mutation RemoveMeetingDecision($id: ID!) {
      removeMeetingDecision(id: $id) {
        ...MeetingDecisions
      }
    }
  `,
  [DECISIONS],
);
