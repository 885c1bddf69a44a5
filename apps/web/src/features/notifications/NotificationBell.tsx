import { useQuery } from '@apollo/client/react';
import type { RoomEventMessage } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAnnounce } from '../../a11y/Announcer';
import { useAuth } from '../../auth/AuthProvider';
import { useRoom } from '../../realtime/hooks';
import { UNREAD_COUNT } from './notifications.graphql';
import styles from './notifications.module.css';
import './live-updates';

/**
 * The bell in the header: my unread count, live over my own room (`user:<id>`), which this joins
 * for as long as I am signed in. A new notification is read out politely; the bell links to the
 * notifications page.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { user } = useAuth();
  const announce = useAnnounce();
  const { data } = useQuery(UNREAD_COUNT, { skip: !user });
  useRoom(user ? `user:${user.id}` : null, (event: RoomEventMessage) => {
    if (event.type !== 'notification.created') return;
    announce(t('announce', { text: t(`announceKind.${event.data.kind}`, { title: event.data.title }) }));
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/notifications"
      className={styles.bell}
      aria-label={t('bell', { count })}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className={styles.count} aria-hidden="true" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
