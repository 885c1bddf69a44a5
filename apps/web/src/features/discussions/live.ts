import type { SubjectType } from '@samrad/domain';
import { useEffect, useRef } from 'react';
import { registerCacheUpdate } from '../../realtime/cache-sync';
import { useRoom } from '../../realtime/hooks';

/**
 * Discussion events refresh only the thread panels that show them (their own refetch, below), not
 * every query of the page: a comment on a question must not reload the whole compilation.
 */
export function registerDiscussionEvents(): void {
  for (const type of ['comment.posted', 'comment.edited', 'comment.removed', 'thread.activity'] as const)
    registerCacheUpdate(type, () => undefined);
}

const REFRESH_DEBOUNCE_MS = 150;

/** One refetch for a burst of events (a replay after a reconnect brings many at once). */
export function useDebouncedRefresh(refresh: () => unknown): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latest.current(), REFRESH_DEBOUNCE_MS);
  };
}

/** The subject's room: a thread started or changed by someone else (possibly a thread not shown yet). */
export function useSubjectActivity(
  room: string | null,
  subjectType: SubjectType,
  subjectId: string,
  onActivity: () => void,
): void {
  useRoom(room, (event) => {
    if (
      event.type === 'thread.activity' &&
      event.data.subjectType === subjectType &&
      event.data.subjectId.toLowerCase() === subjectId.toLowerCase()
    )
      onActivity();
  });
}

/** One thread's room: its comments posted, edited or removed (replayed after a reconnect by useRoom). */
export function useThreadEvents(
  threadId: string,
  onChange: (authorId: string, posted: boolean) => void,
): void {
  useRoom(`thread:${threadId}`, (event) => {
    if (event.type === 'comment.posted') onChange(event.data.authorId, true);
    else if (event.type === 'comment.edited' || event.type === 'comment.removed')
      onChange(event.data.authorId, false);
  });
}
