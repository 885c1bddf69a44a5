import { registerCacheUpdate } from '../../realtime/cache-sync';

/**
 * The user's own room patches the cache without a request: a new notification counts up (and
 * drops the cached list, which the notifications page then reloads); reading in another tab sets
 * the count and marks the listed ones read.
 */
registerCacheUpdate('notification.created', (cache) => {
  cache.modify({
    fields: {
      unreadNotificationCount: (count: number) => count + 1,
      notifications: (_value, { DELETE }) => DELETE,
    },
  });
});

registerCacheUpdate('notifications.read', (cache, { data: { notificationIds, all, unread }, at }) => {
  cache.modify({ fields: { unreadNotificationCount: () => unread } });
  if (all) {
    cache.modify({ fields: { notifications: (_value, { DELETE }) => DELETE } });
    return;
  }
  for (const id of notificationIds) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (readAt: string | null) => readAt ?? at },
    });
  }
});
