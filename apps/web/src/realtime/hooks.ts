import type { ConnectionState, PresenceUser, RoomEventMessage, RoomProblem } from '@samrad/domain';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { realtime } from './client';
import { onRoomProblem } from './room-problems';

/**
 * Follows a room while the component is mounted: `onEvent` gets the room's events in seq order
 * (missed ones replayed after reconnects; the Apollo cache is already updated when it runs).
 * Returns the problem when the room may not be followed (e.g. NOT_FOUND after a membership ended).
 */
export function useRoom(room: string | null | undefined, onEvent?: (event: RoomEventMessage) => void) {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const [problem, setProblem] = useState<{ room: string; problem: RoomProblem } | null>(null);
  useEffect(() => {
    if (!room) return;
    const stopProblems = onRoomProblem(room, (next) => setProblem({ room, problem: next }));
    const leave = realtime.join(room, (event) => handler.current?.(event));
    return () => {
      leave();
      stopProblems();
    };
  }, [room]);
  return problem && problem.room === room ? problem.problem : null;
}

const subscribeState = (onChange: () => void) => realtime.onStateChange(onChange);
const readState = () => realtime.connectionState;

/** online / reconnecting / offline, re-rendering on change. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeState, readState, readState);
}

/** Who views the room now (one entry per person, sorted by name), live. */
export function usePresence(room: string | null | undefined): { users: PresenceUser[]; total: number } {
  const [presence, setPresence] = useState(() => (room ? realtime.presenceOf(room) : undefined));
  useRoom(room, (event) => {
    if (event.type === 'presence.changed') setPresence(realtime.presenceOf(event.room));
  });
  return presence ?? { users: [], total: 0 };
}
