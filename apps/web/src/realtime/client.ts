import { RealtimeClient, type ClientSocket } from '@samrad/domain';
import { io } from 'socket.io-client';
import { apolloClient } from '../app/apollo';
import { getAccessToken, onSessionChange, refreshSession } from '../auth/session';
import { applyEventToCache, refetchActiveQueries } from './cache-sync';
import { reportRoomProblem } from './room-problems';

/**
 * The app's one real-time connection (same origin, `/socket.io`, WebSocket only: no sticky
 * sessions needed behind a load balancer). Follows the session: connects on sign-in, hands each
 * refreshed access token to the live socket, disconnects on sign-out.
 */
export const realtime = new RealtimeClient({
  createSocket: (auth) =>
    io({ auth, transports: ['websocket'], reconnectionDelayMax: 10_000 }) as unknown as ClientSocket,
  auth: {
    token: getAccessToken,
    refresh: async () => ((await refreshSession()) ? getAccessToken() : null),
  },
  onEvent: (event) => applyEventToCache(apolloClient, event),
  onRoomProblem: (room, problem) => {
    if (problem === 'REFETCH') refetchActiveQueries(apolloClient);
    else reportRoomProblem(room, problem);
  },
});

let wired = false;

/** Idempotent; runs when this module is first imported (the header's ConnectionStatus does). */
export function connectRealtimeToSession(): void {
  if (wired) return;
  wired = true;
  let signedIn = false;
  onSessionChange((user) => {
    if (!user) {
      signedIn = false;
      realtime.stop();
      return;
    }
    const token = getAccessToken();
    if (!signedIn) {
      signedIn = true;
      realtime.start();
    } else if (token) {
      void realtime.renewToken(token);
    }
  });
  if (getAccessToken()) {
    signedIn = true;
    realtime.start();
  }
}

connectRealtimeToSession();
