import { can } from './access.js';
import {
  createMeetingSchema,
  meetingDecisionSchema,
  meetingUpcoming,
  meetingUrlSchema,
  MINUTES_LABELS,
  updateMeetingSchema,
} from './meetings.js';

const NETWORK = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const GOAL = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('meetings', () => {
  it('takes https links only', () => {
    expect(meetingUrlSchema.safeParse('https://meet.example.org/x').success).toBe(true);
    for (const bad of ['http://meet.example.org', 'javascript:alert(1)', 'ftp://x.org', 'meet', 'https://'])
      expect([bad, meetingUrlSchema.safeParse(bad).success]).toEqual([bad, false]);
  });

  it('refuses an end before the start, and empty text becomes null', () => {
    const base = { networkId: NETWORK, title: ' Träff ', startsAt: '2026-03-04T09:00:00Z' };
    const ok = createMeetingSchema.parse({ ...base, place: '', onlineUrl: '' });
    expect(ok).toMatchObject({ title: 'Träff', place: null, onlineUrl: null, endsAt: null, agenda: [] });
    const bad = createMeetingSchema.safeParse({ ...base, endsAt: '2026-03-04T08:00:00Z' });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['endsAt']);
    expect(updateMeetingSchema.safeParse({ title: 'x' }).error?.issues[0].path).toEqual(['expectedVersion']);
    // an update changes only what it names: an absent place is not a cleared one
    expect(updateMeetingSchema.parse({ expectedVersion: 1, title: 'x' })).toEqual({
      expectedVersion: 1,
      title: 'x',
    });
    expect(updateMeetingSchema.parse({ expectedVersion: 1, place: ' ' })).toEqual({
      expectedVersion: 1,
      place: null,
    });
  });

  it('links one goal or one interpretation, not both', () => {
    expect(meetingDecisionSchema.parse({ text: 'Beslut', goalId: GOAL })).toMatchObject({
      goalId: GOAL,
      interpretationId: null,
    });
    const both = meetingDecisionSchema.safeParse({ text: 'Beslut', goalId: GOAL, interpretationId: GOAL });
    expect(both.error?.issues[0].path).toEqual(['interpretationId']);
    expect(meetingDecisionSchema.safeParse({ text: '  ' }).success).toBe(false);
  });

  it('is upcoming until its end (else its start) has passed', () => {
    const now = new Date('2026-03-04T10:00:00Z');
    expect(
      meetingUpcoming(
        { startsAt: new Date('2026-03-04T09:00:00Z'), endsAt: new Date('2026-03-04T11:00:00Z') },
        now,
      ),
    ).toBe(true);
    expect(meetingUpcoming({ startsAt: new Date('2026-03-04T09:00:00Z'), endsAt: null }, now)).toBe(false);
  });

  it('lets coordinators and heads record minutes, not editors or viewers', () => {
    expect(can([{ role: 'COORDINATOR', municipalityId: null }], 'meeting.record')).toBe(true);
    expect(can([{ role: 'HEAD', municipalityId: GOAL }], 'meeting.record')).toBe(true);
    expect(can([{ role: 'EDITOR', municipalityId: GOAL }], 'meeting.record')).toBe(false);
    expect(can([{ role: 'VIEWER', municipalityId: null }], 'meeting.record')).toBe(false);
  });

  it('has the minutes’ words in every language', () => {
    expect(Object.keys(MINUTES_LABELS.sv)).toEqual(Object.keys(MINUTES_LABELS.da));
    expect(Object.keys(MINUTES_LABELS.sv)).toEqual(Object.keys(MINUTES_LABELS.en));
  });
});
