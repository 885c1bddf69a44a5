import type { ResultOf } from '../../graphql/graphql';
import { graphql } from '../../graphql/graphql';

/** The bell's count. */
export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        id
        kind
        link
        title
        detail
        actorName
        createdAt
        readAt
      }
      endCursor
      hasMore
    }
  }
`);
export type NotificationItem = ResultOf<typeof NOTIFICATIONS>['notifications']['nodes'][number];

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
      isDefault
    }
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
    setNotificationPreference(kind: $kind, channel: $channel) {
      kind
      channel
      isDefault
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      kinds
    }
  }
`);
