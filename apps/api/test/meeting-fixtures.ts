import { ok } from './interpretation-fixtures.js';
import type { TestApp } from './test-app.js';

/** GraphQL documents of the meetings feature, shared by its specs and the cross-tenant matrix. */
export const MEETING_FIELDS = `id title startsAt endsAt place onlineUrl status minutes version
  network { id } createdBy { id } agenda { id position title notes }
  decisions { id text goal { id title } interpretation { id } createdBy { id } }`;
export const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
export const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const UPDATE_MEETING = `mutation($id: ID!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
export const SET_MINUTES = `mutation($id: ID!, $minutes: String!, $expectedVersion: Int!) {
  setMeetingMinutes(id: $id, minutes: $minutes, expectedVersion: $expectedVersion) { ${MEETING_FIELDS} } }`;
export const DELETE_MEETING = `mutation($id: ID!) { deleteMeeting(id: $id) }`;
export const ADD_DECISION = `mutation($meetingId: ID!, $input: MeetingDecisionInput!) {
  addMeetingDecision(meetingId: $meetingId, input: $input) { ${MEETING_FIELDS} } }`;
export const UPDATE_DECISION = `mutation($id: ID!, $input: MeetingDecisionInput!) {
  updateMeetingDecision(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
export const REMOVE_DECISION = `mutation($id: ID!) { removeMeetingDecision(id: $id) { ${MEETING_FIELDS} } }`;
export const NETWORK_MEETINGS = `query($id: ID!, $period: MeetingPeriod) {
  network(id: $id) { id meetings(period: $period) { id title startsAt status } } }`;
export const AGENDA_SUGGESTIONS = `query($id: ID!, $roundId: ID) {
  meeting(id: $id) { id agendaSuggestions(roundId: $roundId) { kind title text goalStatus goalId interpretationId } } }`;

/** A day and hour from now, as an ISO date-time. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** The minutes' download URL (apps/api/src/meetings/minutes). */
export const minutesUrl = (meetingId: string, lang?: string) =>
  `/api/meetings/${meetingId}/minutes?format=pdf${lang ? `&lang=${lang}` : ''}`;

/** A meeting of the network by its coordinator (next week, two agenda items). */
export async function createMeeting(
  t: TestApp,
  token: string,
  networkId: string,
  extra: Record<string, unknown> = {},
) {
  const { createMeeting: meeting } = await ok(
    t,
    CREATE_MEETING,
    {
      input: {
        networkId,
        title: 'Nätverksträff',
        startsAt: hoursFromNow(24 * 7),
        endsAt: hoursFromNow(24 * 7 + 2),
        place: 'Stadshuset, Solna',
        agenda: [
          { title: 'Välkomna' },
          { title: 'Resultaten', notes: 'Vi går igenom **sammanställningen**.' },
        ],
        ...extra,
      },
    },
    token,
  );
  return meeting;
}
