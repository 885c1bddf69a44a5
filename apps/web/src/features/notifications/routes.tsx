import type { RouteObject } from 'react-router';

export const notificationRoutes: RouteObject[] = [
  {
    path: 'notifications',
    lazy: async () => ({ Component: (await import('./NotificationsPage')).NotificationsPage }),
  },
  { path: 'settings', lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) },
];

/** Works without signing in: the link in an e-mail digest. */
export const unsubscribeRoutes: RouteObject[] = [
  {
    path: 'unsubscribe',
    lazy: async () => ({ Component: (await import('./UnsubscribePage')).UnsubscribePage }),
  },
];
