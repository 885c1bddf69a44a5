import { meetingUpcoming, type MeetingPeriod } from '@samrad/domain';
import { In } from 'typeorm';
import { byId, defineLoader, groupedBy } from '../common/loaders.js';
import { Meeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';

export const meetingById = byId('meetingById', Meeting);
export const meetingDecisionById = byId('meetingDecisionById', MeetingDecision);
export const agendaOfMeeting = groupedBy('agendaOfMeeting', MeetingAgendaItem, 'meetingId', {
  position: 'ASC',
});
export const decisionsOfMeeting = groupedBy('decisionsOfMeeting', MeetingDecision, 'meetingId', {
  createdAt: 'ASC',
});

/**
 * Each network's meetings of a period, keyed `networkId|period`: one query (index networks_id, starts_at)
 * for every network asked, split here. Upcoming soonest first, past and all latest first.
 */
export const meetingsOfNetwork = defineLoader<string, Meeting[]>(
  'meetingsOfNetwork',
  async (keys, dataSource) => {
    const networkIds = [...new Set(keys.map((key) => key.split('|')[0]))];
    const rows = await dataSource.getRepository(Meeting).find({
      where: { networkId: In(networkIds) },
      order: { startsAt: 'DESC' },
    });
    const now = new Date();
    return keys.map((key) => {
      const [networkId, period] = key.split('|') as [string, MeetingPeriod];
      const own = rows.filter((m) => m.networkId === networkId);
      if (period === 'UPCOMING') return own.filter((m) => meetingUpcoming(m, now)).reverse();
      if (period === 'PAST') return own.filter((m) => !meetingUpcoming(m, now));
      return own;
    });
  },
);
