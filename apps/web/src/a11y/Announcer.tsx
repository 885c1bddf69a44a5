import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { announcementBatch } from './announcement-batch';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the whole app (WCAG 4.1.3): saved, sent, and what others change
 * (a phase moved on, a rename) are read out without moving focus. The region exists from the
 * first render, so screen readers pick up every later change (`announcementBatch`: a repeated message is
 * re-read, messages of the same moment are read together).
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useMemo<Announce>(() => announcementBatch(setMessage), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="visually-hidden"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnouncerContext);
