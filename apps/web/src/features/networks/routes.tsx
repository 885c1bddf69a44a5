import type { RouteObject } from 'react-router';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { CreateNetworkPage } from './CreateNetworkPage';
import { NetworkPage } from './NetworkPage';

export const networkRoutes: RouteObject[] = [
  { path: 'networks/new', element: <CreateNetworkPage /> },
  { path: 'networks/:id', element: <NetworkPage /> },
];

/** The accept page explains itself to signed-out visitors before sending them to sign in. */
export const invitationRoutes: RouteObject[] = [
  { path: 'invitations/:token', element: <AcceptInvitationPage /> },
];
