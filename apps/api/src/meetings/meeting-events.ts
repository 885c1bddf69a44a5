import type { RoomEvent } from '../realtime/room-event.js';
import { roomName } from '../realtime/room-event.js';
import type { Meeting } from './meeting.entity.js';

export type MeetingChange = 'DETAILS' | 'MINUTES' | 'DECISIONS';

/** A meeting's state as its events carry it (the text is refetched: minutes can be long). */
export const meetingState = (meeting: Meeting) => ({
  meetingId: meeting.id,
  networkId: meeting.networkId,
  title: meeting.title,
  startsAt: meeting.startsAt.toISOString(),
  endsAt: meeting.endsAt ? meeting.endsAt.toISOString() : null,
  status: meeting.status,
  version: meeting.version,
});

/** Meeting events go to the network's room: the network page's list and the meeting page both listen there. */
export function meetingEvent(meeting: Meeting, change: MeetingChange | null): RoomEvent {
  const room = roomName('network', meeting.networkId);
  return change === null
    ? { room, type: 'meeting.created', data: meetingState(meeting) }
    : { room, type: 'meeting.updated', data: { ...meetingState(meeting), change } };
}

/** What the audit log keeps of a meeting (the minutes' length, not the text: they can be long). */
export const audited = (meeting: Meeting, agenda?: { title: string }[]) => ({
  title: meeting.title,
  startsAt: meeting.startsAt.toISOString(),
  endsAt: meeting.endsAt?.toISOString() ?? null,
  place: meeting.place,
  onlineUrl: meeting.onlineUrl,
  status: meeting.status,
  minutesLength: meeting.minutes.length,
  ...(agenda ? { agenda: agenda.map((item) => item.title) } : {}),
});
