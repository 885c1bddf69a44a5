import type { RoomEventMessage } from '@samrad/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { realtime } from '../realtime/client';
import { useRoom } from '../realtime/hooks';
import { useAnnounce } from './Announcer';

/** The sentence for a room event someone else caused, or null for events not worth interrupting for. */
function describe(t: TFunction, event: RoomEventMessage): string | null {
  const data = event.data as { title?: string; to?: string; step?: string; status?: string };
  const round = data.title ?? '';
  switch (event.type) {
    case 'round.phaseChanged':
      return t(data.step === 'back' ? 'a11y:announce.phaseSteppedBack' : 'a11y:announce.phaseChanged', {
        round,
        phase: t(`rounds:phases.${data.to}`),
      });
    case 'round.updated':
      return t('a11y:announce.roundUpdated', { round });
    case 'round.created':
      return t('a11y:announce.roundCreated', { round });
    case 'network.updated':
      return t('a11y:announce.networkUpdated');
    case 'member.added':
      return t('a11y:announce.memberAdded');
    case 'member.changed':
      return t('a11y:announce.memberChanged');
    case 'member.removed':
      return t('a11y:announce.memberRemoved');
    case 'goal.created':
      return t('a11y:announce.goalCreated', { title: round });
    case 'goal.updated':
      return t('a11y:announce.goalUpdated', { title: round });
    case 'goal.committed':
      return t(data.status === 'DECLINED' ? 'a11y:announce.goalDeclined' : 'a11y:announce.goalCommitted');
    case 'goal.progressReported':
      return t('a11y:announce.progressReported', { status: t(`progress:status.${data.status}`) });
    case 'milestone.updated':
      return t('a11y:announce.milestoneUpdated', { title: round });
    case 'meeting.created':
      return t('a11y:announce.meetingCreated', { title: round });
    case 'meeting.updated':
      return t('a11y:announce.meetingUpdated', { title: round });
    default:
      return null;
  }
}

/**
 * Follows a room and reads out, through the polite live region, what other people change in it
 * (WCAG 4.1.3), with their name when they are known to be here. One's own actions are announced
 * by the form that made them.
 */
export function useRoomAnnouncements(room: string | null | undefined): void {
  const { t } = useTranslation();
  const { user } = useAuth();
  const announce = useAnnounce();
  useRoom(room, (event) => {
    if (!event.actorId || event.actorId === user?.id) return;
    const message = describe(t, event);
    if (!message) return;
    const actor = room ? realtime.presenceOf(room)?.users.find((u) => u.id === event.actorId) : undefined;
    announce(actor ? t('a11y:announce.byOther', { name: actor.displayName, message }) : message);
  });
}
