import type { RoomEventMessage } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/Announcer';
import { useAuth } from '../../auth/AuthProvider';
import { realtime } from '../../realtime/client';
import { useRoom } from '../../realtime/hooks';

/**
 * Reads out, through the polite live region, what others do to this municipality's answers:
 * submitted, approved, reopened (one's own moves are announced by the form that made them).
 */
export function useAnswerAnnouncements(room: string | null, municipalityId: string): void {
  const { t } = useTranslation('answers');
  const { user } = useAuth();
  const announce = useAnnounce();
  useRoom(room, (event: RoomEventMessage) => {
    if (!event.actorId || event.actorId === user?.id) return;
    if (
      event.type !== 'answers.submitted' &&
      event.type !== 'answers.approved' &&
      event.type !== 'answers.reopened'
    )
      return;
    if (event.data.municipalityId !== municipalityId) return;
    const name =
      (room && realtime.presenceOf(room)?.users.find((u) => u.id === event.actorId)?.displayName) ??
      t('someone');
    announce(t(`announce.${event.type.split('.')[1]}`, { name }));
  });
}
