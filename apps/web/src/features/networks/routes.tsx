import type { RouteObject } from 'react-router';

// Each page is its own chunk, loaded when its route is first visited (the first load stays small).
export const networkRoutes: RouteObject[] = [
  {
    path: 'networks/new',
    lazy: async () => ({ Component: (await import('./CreateNetworkPage')).CreateNetworkPage }),
  },
  { path: 'networks/:id', lazy: async () => ({ Component: (await import('./NetworkPage')).NetworkPage }) },
];

/** The accept page explains itself to signed-out visitors before sending them to sign in. */
export const invitationRoutes: RouteObject[] = [
  {
    path: 'invitations/:token',
    lazy: async () => ({ Component: (await import('./AcceptInvitationPage')).AcceptInvitationPage }),
  },
];
