import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnnounce } from '../../a11y/Announcer';
import { usePageTitle } from '../../a11y/page';
import { QueryState } from '../../layout/QueryState';
import { MARK_READ, NOTIFICATIONS, type NotificationItem } from './notifications.graphql';
import { notificationDetail, notificationText } from './notification-text';
import styles from './notifications.module.css';

const PAGE = 20;

/** My notifications, newest first: each links to what it is about; read ones lose their mark. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation('notifications');
  usePageTitle(t('title'));
  const announce = useAnnounce();
  const { data, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MARK_READ, { refetchQueries: ['UnreadNotificationCount'] });
  const page = data?.notifications;
  const nodes = page?.nodes ?? [];
  const unread = nodes.filter((n) => !n.readAt);

  async function read(ids: string[] | null) {
    await markRead({
      variables: ids ? { ids } : { all: true },
      update: (cache) => {
        for (const n of ids ? nodes.filter((node) => ids.includes(node.id)) : nodes) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id: n.id }),
            fields: { readAt: (readAt: string | null) => readAt ?? new Date().toISOString() },
          });
        }
      },
    });
    if (!ids) announce(t('allRead'));
  }

  async function more() {
    if (!page?.endCursor) return;
    await fetchMore({
      variables: { first: PAGE, after: page.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes],
        },
      }),
    });
  }

  return (
    <article className="stack" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('title')}</h1>
      <p>
        <Link to="/settings#notifications">{t('settingsLink')}</Link>
      </p>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} />
      {data && nodes.length === 0 && <p className="meta">{t('empty')}</p>}
      {unread.length > 0 && (
        <p>
          <button type="button" onClick={() => void read(null)}>
            {t('markAllRead')}
          </button>
        </p>
      )}
      {nodes.length > 0 && (
        <ul className={styles.list} data-testid="notification-list">
          {nodes.map((n) => (
            <Item key={n.id} n={n} locale={i18n.language} onRead={() => void read([n.id])} />
          ))}
        </ul>
      )}
      {page?.hasMore && (
        <p>
          <button type="button" onClick={() => void more()}>
            {t('more')}
          </button>
        </p>
      )}
    </article>
  );
}

function Item({ n, locale, onRead }: { n: NotificationItem; locale: string; onRead: () => void }) {
  const { t } = useTranslation('notifications');
  const detail = notificationDetail(t, n, locale);
  const when = new Date(n.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className={styles.item}>
      <div>
        <Link
          to={n.link}
          className={n.readAt ? undefined : styles.unread}
          onClick={() => {
            if (!n.readAt) onRead();
          }}
        >
          {notificationText(t, n)}
          {!n.readAt && <span className="visually-hidden"> ({t('unread')})</span>}
        </Link>
        {detail && <p className={styles.detail}>{detail}</p>}
        <p className="meta">
          <time dateTime={n.createdAt}>{when}</time>
        </p>
      </div>
      {!n.readAt && (
        <button type="button" onClick={onRead} aria-label={t('markReadOf', { text: notificationText(t, n) })}>
          {t('markRead')}
        </button>
      )}
    </li>
  );
}
