import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/request-context.js';

/** PostgreSQL NOTIFY channel: the id of a session that just ended. */
export const SESSION_REVOKED_CHANNEL = 'samrad_session_revoked';
/** PostgreSQL NOTIFY channel: the id of a user whose profile (display name, locale) changed. */
export const USER_CHANGED_CHANNEL = 'samrad_user_changed';

const MAX_ENTRIES = 10_000;
/** A bound on any entry's life, should a notification ever go unheard. */
const MAX_AGE_MS = 60_000;
/** How long an ending session waits to hear its own notification (every process is told at the same commit). */
const HEARD_WAIT_MS = 1_000;

/**
 * The open sessions this process has checked, with their users: a page query then costs no statement for
 * the session. It is used only while this process LISTENs (`RoomEventListener` turns it on and off), because
 * that is how it learns, from every process, that a session ended (`SESSION_REVOKED_CHANNEL`) or a profile
 * changed (`USER_CHANGED_CHANNEL`); losing that connection empties it and turns it off until the connection is
 * back. A check that was in flight while anything was forgotten is not remembered (it may have read the row
 * just before the change). The process that ends a session forgets it at once; the others when their listener
 * delivers the notification, which PostgreSQL sends to every listener at the same commit. Ending a session waits
 * until this process has heard its own, so by the time `logout` answers the others normally have theirs too
 * (a process or backend starved of CPU can take longer: see docs/decisions.md).
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, { user: AuthUser; until: number }>();
  private listening = false;
  /** Bumped by everything forgotten: a check that started before it is not remembered. */
  private generation = 0;
  private readonly waiting = new Map<string, () => void>();

  /** The user of an open session as remembered, if this process may answer from memory. */
  get(sessionId: string, userId: string): AuthUser | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= Date.now() || entry.user.id !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.user;
  }

  /** Checks a session with `read` and remembers what it found open, unless something was forgotten meanwhile. */
  async check(read: () => Promise<AuthUser | null>): Promise<AuthUser | null> {
    const generation = this.generation;
    const user = await read();
    if (user && this.listening && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(user.sessionId, { user, until: Date.now() + MAX_AGE_MS });
    }
    return user;
  }

  /** Heard on `SESSION_REVOKED_CHANNEL` (from any process, this one included). */
  sessionEnded(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
    this.waiting.get(sessionId)?.();
  }

  /** Heard on `USER_CHANGED_CHANNEL`. */
  userChanged(userId: string): void {
    this.generation++;
    for (const [sessionId, { user }] of this.entries) if (user.id === userId) this.entries.delete(sessionId);
  }

  /** Whether this process hears the channels; when not (or no longer), nothing is remembered. */
  setListening(listening: boolean): void {
    this.generation++;
    this.listening = listening;
    this.entries.clear();
    if (!listening) for (const done of this.waiting.values()) done();
  }

  /**
   * Ends a session with `revoke` (which notifies on commit and returns how many sessions it ended) and returns
   * once this process has heard it, so every listening process has been told too.
   */
  async ending(sessionId: string, revoke: () => Promise<number>): Promise<void> {
    this.generation++;
    this.entries.delete(sessionId);
    if (!this.listening) {
      await revoke();
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const heard = new Promise<void>((done) => {
      this.waiting.set(sessionId, done);
      timer = setTimeout(() => {
        // not heard: this process's listener may be stuck; remember nothing it might have missed
        this.generation++;
        this.entries.clear();
        done();
      }, HEARD_WAIT_MS);
    });
    try {
      // nothing ended (it had already): no notification comes
      if ((await revoke()) > 0) await heard;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(sessionId);
      this.entries.delete(sessionId);
    }
  }
}
