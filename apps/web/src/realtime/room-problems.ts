import type { RoomProblem } from '@samrad/domain';

type Listener = (problem: RoomProblem) => void;

/** Pages learn here that they may not follow their room (membership ended, no such object). */
const listeners = new Map<string, Set<Listener>>();

export function reportRoomProblem(room: string, problem: RoomProblem): void {
  for (const listener of [...(listeners.get(room) ?? [])]) listener(problem);
}

export function onRoomProblem(room: string, listener: Listener): () => void {
  const set = listeners.get(room) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(room, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(room);
  };
}
