import { Injectable } from '@nestjs/common';
import { SOCKET_EVENTS, type AuthExpiredMessage } from '@samrad/domain';
import { decodeJwt } from 'jose';
import type { RealtimeSocket } from './realtime-server.js';

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A socket lives no longer than the access token it was opened (or last renewed) with: a timer per
 * socket at the token's `exp` emits `auth.expired` `{code: 'UNAUTHENTICATED', reason:
 * 'TOKEN_EXPIRED'}` and disconnects. The client refreshes its token and reconnects, or sends the
 * fresh token with `auth` before the old one runs out to keep the socket.
 */
@Injectable()
export class TokenExpiry {
  private readonly timers = new WeakMap<RealtimeSocket, NodeJS.Timeout>();

  /** Called with a token that has just been verified. */
  watch(socket: RealtimeSocket, token: string): void {
    this.forget(socket);
    const { exp } = decodeJwt(token);
    if (typeof exp !== 'number') return;
    const delay = Math.min(Math.max(exp * 1000 - Date.now(), 0), MAX_TIMER_MS);
    const timer = setTimeout(() => this.expire(socket), delay);
    timer.unref();
    this.timers.set(socket, timer);
  }

  forget(socket: RealtimeSocket): void {
    clearTimeout(this.timers.get(socket));
    this.timers.delete(socket);
  }

  private expire(socket: RealtimeSocket): void {
    this.timers.delete(socket);
    const message: AuthExpiredMessage = { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' };
    socket.emit(SOCKET_EVENTS.authExpired, message);
    socket.disconnect(true);
  }
}
